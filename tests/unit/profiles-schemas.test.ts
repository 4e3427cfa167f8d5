import {
  assessmentStepSchema,
  checkAssessments,
  fieldStepSchema,
  pathwaysStepSchema,
  privacyStepSchema,
  splitKeywords,
} from "@/lib/profiles/schemas";
import { canSeeBasics, canSeeField } from "@/lib/profiles/visibility";
import { furthestOpenStep, resumeStep } from "@/lib/profiles/steps";

describe("splitKeywords", () => {
  it("trims, drops empty entries and keeps the first spelling of a repeated keyword", () => {
    expect(splitKeywords(" Computer Vision,, ML ,computer  vision, ml,  ")).toEqual([
      "Computer Vision",
      "ML",
    ]);
    expect(splitKeywords("")).toEqual([]);
  });
});

describe("the step schemas", () => {
  it("a single checked pathway (a string) becomes a list", () => {
    expect(pathwaysStepSchema.parse({ targetPathways: "eb1a" })).toEqual({
      targetPathways: ["eb1a"],
    });
    expect(pathwaysStepSchema.safeParse({}).success).toBe(false);
  });

  it("keywords: up to 20 after de-duplication", () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `k${i}`);
    expect(
      fieldStepSchema.parse({ field: "other", keywords: [...twenty, "K0", "k1"].join(",") })
        .keywords,
    ).toHaveLength(20);
    expect(
      fieldStepSchema.safeParse({ field: "other", keywords: [...twenty, "k20"].join(",") }).success,
    ).toBe(false);
    expect(fieldStepSchema.parse({ field: "other" }).keywords).toEqual([]);
  });

  it("visibility defaults to private and refuses unknown levels", () => {
    expect(privacyStepSchema.parse({})).toEqual({
      countryVisibility: "private",
      statusVisibility: "private",
      stageVisibility: "private",
      evidenceVisibility: "private",
    });
    expect(privacyStepSchema.safeParse({ stageVisibility: "everyone" }).success).toBe(false);
  });

  it("the self-assessment becomes a list of ratings, blank notes as null", () => {
    expect(
      assessmentStepSchema.parse({
        "assessment.eb1a.judging.strength": "strong",
        "assessment.eb1a.judging.note": "  ",
        "assessment.eb2_niw.balance.strength": "none",
        "assessment.eb2_niw.balance.note": " Thin so far ",
      }),
    ).toEqual([
      { pathway: "eb1a", criterion: "judging", strength: "strong", note: null },
      { pathway: "eb2_niw", criterion: "balance", strength: "none", note: "Thin so far" },
    ]);
  });

  it("checkAssessments names each criterion left unrated and each pathway not chosen", () => {
    const list = assessmentStepSchema.parse({
      "assessment.eb2_niw.balance.strength": "none",
      "assessment.eb2_niw.merit_importance.strength": "some",
      "assessment.eb1b.awards.strength": "some",
    });
    expect(checkAssessments(["eb2_niw"], list)).toEqual({
      "assessment.eb1b.awards.strength": ["EB-1B is not one of your target pathways."],
      "assessment.eb2_niw.well_positioned.strength": [
        "Choose how strong your evidence is for well positioned.",
      ],
    });
    expect(checkAssessments(["eb1c"], [])).toEqual({});
  });
});

describe("visibility rules", () => {
  it("private fields: self, admins and counterparts only", () => {
    expect(canSeeField("private", "self")).toBe(true);
    expect(canSeeField("private", "admin")).toBe(true);
    expect(canSeeField("private", "counterpart")).toBe(true);
    expect(canSeeField("private", "member")).toBe(false);
    expect(canSeeField("private", "anonymous")).toBe(false);
  });

  it("members fields: no visitors; public fields: everyone", () => {
    expect(canSeeField("members", "member")).toBe(true);
    expect(canSeeField("members", "anonymous")).toBe(false);
    expect(canSeeField("public", "anonymous")).toBe(true);
    expect(canSeeBasics("member")).toBe(true);
    expect(canSeeBasics("anonymous")).toBe(false);
  });
});

describe("wizard steps", () => {
  it("resumes at the next unsaved step, or the first once complete", () => {
    expect(resumeStep(0, false)).toBe(1);
    expect(resumeStep(3, false)).toBe(4);
    expect(resumeStep(6, true)).toBe(1);
    expect(furthestOpenStep(0)).toBe(1);
    expect(furthestOpenStep(2)).toBe(3);
    expect(furthestOpenStep(6)).toBe(6);
  });
});
