import { evidenceFor, progressSentence, type AssessmentLike } from "@/lib/profiles/evidence";

const some: AssessmentLike[] = [
  { pathway: "eb1a", criterion: "judging", strength: "strong", note: "Reviewer for CVPR" },
  { pathway: "eb1a", criterion: "scholarly_articles", strength: "strong" },
  { pathway: "eb1a", criterion: "press", strength: "some" },
  { pathway: "eb1a", criterion: "awards", strength: "none" },
  { pathway: "eb2_niw", criterion: "merit_importance", strength: "strong" },
  { pathway: "eb2_niw", criterion: "well_positioned", strength: "strong" },
  // A rating of a pathway not chosen is ignored.
  { pathway: "o1a", criterion: "judging", strength: "strong" },
];

describe("evidenceFor", () => {
  it("gives one entry per chosen pathway, in the usual pathway order", () => {
    const result = evidenceFor(["eb2_niw", "eb1a"], some);
    expect(result.map((p) => p.pathway)).toEqual(["eb1a", "eb2_niw"]);
  });

  it("lists every criterion of the pathway with its plain name, description and strength", () => {
    const [eb1a] = evidenceFor(["eb1a"], some);
    expect(eb1a!.criteria).toHaveLength(10);
    expect(eb1a!.criteria.find((c) => c.code === "judging")).toEqual({
      code: "judging",
      name: "Judging",
      plain: "Judging the work of others, such as peer review or competition panels",
      strength: "strong",
      note: "Reviewer for CVPR",
    });
    expect(eb1a!.criteria.find((c) => c.code === "exhibitions")?.strength).toBeNull();
    expect(eb1a).toMatchObject({ strongCount: 2, someCount: 1, unratedCount: 6, needed: 3 });
  });

  it("says where the applicant stands: 2 of 3 criteria strong for EB-1A", () => {
    const [eb1a, niw] = evidenceFor(["eb1a", "eb2_niw"], some);
    expect(eb1a!.sentence).toBe("2 of 3 criteria strong for EB-1A");
    expect(niw!.sentence).toBe("2 of 3 prongs strong for EB-2 NIW");
    expect(eb1a!.officialUrl).toMatch(/^https:\/\/www\.uscis\.gov\//);
  });

  it("EB-1C has no criteria list and says so", () => {
    const [eb1c] = evidenceFor(["eb1c"], []);
    expect(eb1c).toMatchObject({ criteria: [], needed: null, strongCount: 0 });
    expect(eb1c!.sentence).toBe(
      "EB-1C has no criteria list: it needs a qualifying managerial or executive role abroad and in the US.",
    );
  });

  it("O-1A uses its own eight criteria", () => {
    const [o1a] = evidenceFor(["o1a"], some);
    expect(o1a!.criteria.map((c) => c.code)).toContain("critical_role");
    expect(o1a!.criteria.map((c) => c.code)).not.toContain("exhibitions");
    expect(o1a!.sentence).toBe("1 of 3 criteria strong for O-1A");
  });
});

describe("progressSentence", () => {
  it("counts up to what is needed, then says there is more than needed", () => {
    expect(progressSentence("eb1b", 0)).toBe("0 of 2 criteria strong for EB-1B");
    expect(progressSentence("eb1a", 3)).toBe("3 of 3 criteria strong for EB-1A");
    expect(progressSentence("eb1a", 5)).toBe("5 criteria strong for EB-1A, more than the 3 needed");
  });
});
