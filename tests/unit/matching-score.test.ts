// score(): each feature, its weight and its reason in plain words.
import { score } from "@/lib/matching/score";
import { weights } from "@/lib/matching/weights";
import { applicant, mentor, weightSum, WINTER } from "./matching-fixtures";

const opts = { now: WINTER };

function labels(result: { reasons: Array<{ label: string }> }): string[] {
  return result.reasons.map((r) => r.label);
}

describe("pathways", () => {
  it("gives the target-pathway weight for an approval the applicant targets, in plain words", () => {
    const result = score(applicant(), mentor(), opts);
    expect(result.reasons).toEqual([
      {
        code: "pathway_approved",
        label: "Approved EB-1A, your target",
        weight: weights.targetPathway,
      },
    ]);
    expect(result.score).toBe(weights.targetPathway);
  });

  it("adds more for each further shared pathway, and nothing for a pathway not targeted", () => {
    const a = applicant({ targetPathways: ["o1a", "eb1a"] });
    const one = mentor({ cases: [{ pathway: "o1a", criteriaAccepted: [], verified: false }] });
    const two = mentor({
      cases: [
        { pathway: "o1a", criteriaAccepted: [], verified: false },
        { pathway: "eb1a", criteriaAccepted: [], verified: false },
        { pathway: "eb1b", criteriaAccepted: [], verified: false },
      ],
    });
    expect(score(a, one, opts).score).toBe(weights.targetPathway);
    const both = score(a, two, opts);
    expect(both.score).toBe(weights.targetPathway + weights.furtherPathway);
    expect(labels(both)).toEqual([
      "Approved O-1A, your target",
      "Also approved EB-1A, another of your targets",
    ]);
  });
});

describe("complementary strength", () => {
  const a = applicant({
    assessments: { eb1a: { judging: "none", press: "some", scholarly_articles: "strong" } },
  });

  it("raises the score for criteria the mentor had accepted where the applicant is weak", () => {
    const plain = score(a, mentor(), opts).score;
    const judging = score(
      a,
      mentor({ cases: [{ pathway: "eb1a", criteriaAccepted: ["judging"], verified: false }] }),
      opts,
    );
    expect(judging.score).toBe(plain + weights.complementsNone);
    expect(labels(judging)).toContain("Strong on judging, where you have no evidence yet");
  });

  it("counts a criterion with no evidence more than one with some, and a strong one not at all", () => {
    const on = (criterion: "judging" | "press" | "scholarly_articles") =>
      score(
        a,
        mentor({ cases: [{ pathway: "eb1a", criteriaAccepted: [criterion], verified: false }] }),
        opts,
      ).score;
    expect(on("judging")).toBeGreaterThan(on("press"));
    expect(on("press")).toBeGreaterThan(on("scholarly_articles"));
    expect(on("scholarly_articles")).toBe(weights.targetPathway);
    expect(
      labels(
        score(
          a,
          mentor({ cases: [{ pathway: "eb1a", criteriaAccepted: ["press"], verified: false }] }),
          opts,
        ),
      ),
    ).toContain("Strong on press, where you are weak");
  });

  it("counts only criteria on a shared pathway", () => {
    const onO1 = mentor({
      cases: [
        { pathway: "eb1a", criteriaAccepted: [], verified: false },
        { pathway: "o1a", criteriaAccepted: ["judging"], verified: false },
      ],
    });
    expect(score(a, onO1, opts).score).toBe(weights.targetPathway);
  });

  it("is capped, keeping the heaviest criteria", () => {
    const weak = applicant({
      assessments: {
        eb1a: {
          awards: "some",
          membership: "none",
          press: "none",
          judging: "none",
          leading_role: "none",
        },
      },
    });
    const many = mentor({
      cases: [
        {
          pathway: "eb1a",
          criteriaAccepted: ["awards", "membership", "press", "judging", "leading_role"],
          verified: false,
        },
      ],
    });
    const result = score(weak, many, opts);
    const complements = result.reasons.filter((r) => r.code === "complements_weak_criterion");
    expect(complements).toHaveLength(weights.complementsMaxCriteria);
    expect(complements.every((r) => r.weight === weights.complementsNone)).toBe(true);
    expect(result.score).toBe(
      weights.targetPathway + weights.complementsMaxCriteria * weights.complementsNone,
    );
  });
});

describe("RFE experience", () => {
  const rfeMentor = mentor({
    cases: [{ pathway: "eb2_niw", criteriaAccepted: [], verified: false }],
    rfes: [{ pathway: "eb2_niw", criteria: ["merit_importance"] }],
  });
  const base = {
    targetPathways: ["eb2_niw" as const],
    assessments: {
      eb2_niw: { merit_importance: "none" as const, well_positioned: "strong" as const },
    },
  };

  it("counts only for an applicant answering an RFE", () => {
    const building = score(applicant({ ...base, stage: "building_evidence" }), rfeMentor, opts);
    expect(building.reasons.some((r) => r.code === "rfe_experience")).toBe(false);
    const answering = score(applicant({ ...base, stage: "rfe" }), rfeMentor, opts);
    expect(answering.score - building.score).toBe(
      weights.rfeOnPathway + weights.rfeOnWeakCriterion,
    );
    expect(labels(answering)).toContain("Answered an RFE on merit and national importance");
  });

  it("counts more when the RFE was on a criterion where the applicant is weak", () => {
    const strongThere = applicant({
      ...base,
      stage: "rfe",
      assessments: { eb2_niw: { merit_importance: "strong" } },
    });
    const result = score(strongThere, rfeMentor, opts);
    const rfe = result.reasons.find((r) => r.code === "rfe_experience");
    expect(rfe).toEqual({
      code: "rfe_experience",
      label: "Answered an RFE on EB-2 NIW",
      weight: weights.rfeOnPathway,
    });
  });

  it("ignores an RFE the mentor keeps private (the candidates query sends none)", () => {
    const hidden = { ...rfeMentor, rfes: [] };
    expect(
      score(applicant({ ...base, stage: "rfe" }), hidden, opts).reasons.map((r) => r.code),
    ).not.toContain("rfe_experience");
  });
});

describe("chargeability", () => {
  it("gives India much more than rest of world", () => {
    const india = score(
      applicant({ countryOfBirth: "IN" }),
      mentor({ countryOfBirth: "IN" }),
      opts,
    );
    const row = score(applicant({ countryOfBirth: "NG" }), mentor({ countryOfBirth: "GH" }), opts);
    expect(labels(india)).toContain("Same chargeability: India");
    expect(labels(row)).toContain("Same chargeability: rest of world");
    expect(india.score).toBeGreaterThan(row.score);
    expect(india.score - weights.targetPathway).toBeGreaterThanOrEqual(
      3 * (row.score - weights.targetPathway),
    );
  });

  it("gives nothing for different areas or a country the mentor keeps private", () => {
    expect(
      score(applicant({ countryOfBirth: "IN" }), mentor({ countryOfBirth: "CN" }), opts).score,
    ).toBe(weights.targetPathway);
    expect(
      score(applicant({ countryOfBirth: "IN" }), mentor({ countryOfBirth: null }), opts).score,
    ).toBe(weights.targetPathway);
  });
});

describe("field, topics, languages, time zones, verification", () => {
  it("counts the same field family", () => {
    const result = score(
      applicant({ field: "ai_computing" }),
      mentor({ field: "ai_computing" }),
      opts,
    );
    expect(result.score).toBe(weights.targetPathway + weights.sameField);
    expect(labels(result)).toContain("Same field: Computer science and AI");
    expect(
      score(applicant({ field: "business" }), mentor({ field: "ai_computing" }), opts).score,
    ).toBe(weights.targetPathway);
  });

  it("counts shared topics case-insensitively, capped", () => {
    const a = applicant({ keywords: ["Deep Learning", "computer vision", "robotics", "nlp"] });
    const two = score(
      a,
      mentor({ topics: ["deep learning", "Computer Vision", "databases"] }),
      opts,
    );
    expect(two.score).toBe(weights.targetPathway + 2 * weights.sharedTopic);
    expect(labels(two)).toContain("Shared topics: deep learning and computer vision");
    const four = score(
      a,
      mentor({ topics: ["nlp", "robotics", "deep learning", "computer vision"] }),
      opts,
    );
    expect(four.score).toBe(weights.targetPathway + weights.sharedTopicMax * weights.sharedTopic);
  });

  it("counts a shared language other than English; English alone earns nothing", () => {
    const a = applicant({ languages: ["en", "hi", "ta"] });
    expect(
      score(a, mentor({ languages: ["en"] }), opts).reasons.some(
        (r) => r.code === "shared_language",
      ),
    ).toBe(false);
    expect(score(a, mentor({ languages: ["en"] }), opts).score).toBe(weights.targetPathway);
    const hindi = score(a, mentor({ languages: ["hi", "en"] }), opts);
    expect(hindi.score).toBe(weights.targetPathway + weights.sharedLanguage);
    expect(labels(hindi)).toContain("Speaks Hindi");
    expect(labels(score(a, mentor({ languages: ["ta", "hi"] }), opts))).toContain(
      "Speaks Tamil and Hindi",
    );
  });

  it("counts close time zones more than far ones", () => {
    const a = applicant({ timezone: "America/Los_Angeles" });
    const ny = score(a, mentor({ timezone: "America/New_York" }), opts);
    const london = score(a, mentor({ timezone: "Europe/London" }), opts);
    const honolulu = score(
      applicant({ timezone: "America/New_York" }),
      mentor({ timezone: "Pacific/Honolulu" }),
      opts,
    );
    expect(labels(ny)).toContain("3 h apart");
    expect(ny.score).toBe(weights.targetPathway + weights.timezoneWithin3h);
    expect(honolulu.score).toBe(weights.targetPathway + weights.timezoneWithin6h);
    expect(london.score).toBe(weights.targetPathway);
    expect(labels(score(a, mentor({ timezone: "America/Los_Angeles" }), opts))).toContain(
      "Same time zone",
    );
  });

  it("counts a verified approval on a shared pathway", () => {
    const verified = mentor({ cases: [{ pathway: "eb1a", criteriaAccepted: [], verified: true }] });
    const result = score(applicant(), verified, opts);
    expect(result.score).toBe(weights.targetPathway + weights.verifiedOutcome);
    expect(labels(result)).toContain("EB-1A approval verified by an admin");
  });
});

describe("fairness", () => {
  it("penalises seats taken, more the fuller the mentor", () => {
    const one = score(applicant(), mentor({ activeMentees: 1, capacity: 3 }), opts);
    const two = score(applicant(), mentor({ activeMentees: 2, capacity: 3 }), opts);
    expect(one.score).toBeLessThan(weights.targetPathway);
    expect(two.score).toBeLessThan(one.score);
    expect(labels(two)).toContain("Near capacity: 2 of 3 seats taken");
    expect(labels(one)).toContain("1 of 3 seats taken");
  });

  it("penalises pending requests beyond the first, up to a limit", () => {
    const s = (pendingRequests: number) =>
      score(applicant(), mentor({ pendingRequests }), opts).score;
    expect(s(1)).toBe(weights.targetPathway);
    expect(s(3)).toBeLessThan(s(2));
    expect(s(40)).toBe(weights.targetPathway + weights.pendingMax);
    expect(labels(score(applicant(), mentor({ pendingRequests: 6 }), opts))).toContain(
      "Many pending requests",
    );
  });
});

describe("reasons", () => {
  it("are ordered strongest first, penalties last, and their weights sum to the score", () => {
    const a = applicant({
      targetPathways: ["eb1a", "eb2_niw"],
      assessments: { eb1a: { judging: "some", awards: "none" } },
      countryOfBirth: "IN",
      languages: ["en", "hi"],
      timezone: "America/Los_Angeles",
      keywords: ["deep learning"],
    });
    const m = mentor({
      cases: [{ pathway: "eb1a", criteriaAccepted: ["judging", "awards"], verified: true }],
      countryOfBirth: "IN",
      field: "ai_computing",
      languages: ["hi", "en"],
      timezone: "America/Denver",
      topics: ["Deep learning"],
      activeMentees: 2,
      capacity: 3,
      pendingRequests: 3,
    });
    const result = score(a, m, opts);
    expect(weightSum(result.reasons)).toBe(result.score);
    const ws = result.reasons.map((r) => r.weight);
    expect(ws).toEqual([...ws].sort((x, y) => y - x));
    expect(new Set(result.reasons.map((r) => r.code))).toEqual(
      new Set([
        "pathway_approved",
        "complements_weak_criterion",
        "same_chargeability",
        "same_field",
        "shared_topics",
        "shared_language",
        "timezone_close",
        "verified_outcome",
        "load_penalty",
      ]),
    );
    expect(result.reasons.every((r) => r.weight !== 0 && r.label.length > 0)).toBe(true);
  });
});
