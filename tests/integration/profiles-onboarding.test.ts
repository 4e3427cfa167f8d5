// Onboarding: each step saved in one transaction, resumable, and nothing written on bad input.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { applicantProfiles, criterionAssessments } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { saveOnboardingStep } from "@/lib/profiles/mutations";
import { getOwnApplicantProfile } from "@/lib/profiles/queries";
import { insertUser } from "./helpers";
import {
  fillProfile,
  rateAll,
  step1,
  step2,
  step3,
  step4,
  step5,
  step6,
} from "./profiles-fixtures";

async function profileOf(userId: string) {
  const [row] = await db
    .select()
    .from(applicantProfiles)
    .where(eq(applicantProfiles.userId, userId));
  return row;
}

async function assessmentsOf(userId: string) {
  const rows = await db
    .select()
    .from(criterionAssessments)
    .where(eq(criterionAssessments.userId, userId));
  return rows.map((r) => `${r.pathway}.${r.criterion}=${r.strength}`).sort();
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected the save to fail");
    },
    (e: unknown) => e,
  );
}

describe("saving and resuming onboarding", () => {
  it("counts saved steps, keeps earlier answers, and completes on the last step", async () => {
    const user = await insertUser();
    expect(await getOwnApplicantProfile(user)).toBeNull();

    const first = await saveOnboardingStep(user, 1, step1);
    expect(first).toMatchObject({ onboardingStep: 1, completed: false, wasCompleted: false });
    expect(await profileOf(user.id)).toMatchObject({
      targetPathways: ["eb1a", "eb2_niw"],
      onboardingStep: 1,
      onboardingCompletedAt: null,
      countryVisibility: "private",
    });

    await saveOnboardingStep(user, 2, step2);
    await saveOnboardingStep(user, 3, step3);
    expect(await profileOf(user.id)).toMatchObject({
      targetPathways: ["eb1a", "eb2_niw"],
      field: "ai_computing",
      keywords: ["computer vision", "medical imaging"],
      countryOfBirth: "IN",
      currentStatus: "h1b",
      stage: "building_evidence",
      onboardingStep: 3,
    });

    await saveOnboardingStep(user, 4, step4);
    expect(await assessmentsOf(user.id)).toHaveLength(13);
    await saveOnboardingStep(user, 5, step5);
    const last = await saveOnboardingStep(user, 6, { ...step6, stageVisibility: "members" });
    expect(last).toMatchObject({ onboardingStep: 6, completed: true, wasCompleted: false });

    const own = await getOwnApplicantProfile(user);
    expect(own?.profile).toMatchObject({
      field: "ai_computing",
      goals: "File EB-1A within a year, with NIW as a backup.",
      languages: ["en", "hi"],
      timezone: "America/Los_Angeles",
      stageVisibility: "members",
      onboardingStep: 6,
    });
    expect(own?.profile.onboardingCompletedAt).toBeInstanceOf(Date);
    expect(own?.assessments.find((a) => a.criterion === "judging")).toMatchObject({
      pathway: "eb1a",
      strength: "some",
      note: "Reviewer for CVPR, no letters yet",
    });
  });

  it("going back to an earlier step never moves the counter back", async () => {
    const user = await insertUser();
    await fillProfile(user, 3);
    const result = await saveOnboardingStep(user, 2, { field: "engineering", keywords: "" });
    expect(result.onboardingStep).toBe(3);
    expect(await profileOf(user.id)).toMatchObject({
      field: "engineering",
      keywords: [],
      countryOfBirth: "IN",
      onboardingStep: 3,
    });
  });

  it("editing after completion keeps the first completion time and says it was an edit", async () => {
    const user = await insertUser();
    await fillProfile(user);
    const completedAt = (await profileOf(user.id))!.onboardingCompletedAt;
    const result = await saveOnboardingStep(user, 6, { ...step6, countryVisibility: "public" });
    expect(result).toMatchObject({ completed: true, wasCompleted: true });
    const after = await profileOf(user.id);
    expect(after?.countryVisibility).toBe("public");
    expect(after?.onboardingCompletedAt).toEqual(completedAt);
  });

  it("changing pathways removes the assessments of pathways no longer chosen", async () => {
    const user = await insertUser();
    await fillProfile(user);
    expect((await assessmentsOf(user.id)).filter((a) => a.startsWith("eb1a."))).toHaveLength(10);

    const result = await saveOnboardingStep(user, 1, { targetPathways: ["eb2_niw", "o1a"] });
    expect(await assessmentsOf(user.id)).toEqual([
      "eb2_niw.balance=strong",
      "eb2_niw.merit_importance=strong",
      "eb2_niw.well_positioned=strong",
    ]);
    // O-1A's criteria are not rated yet: the wizard sends the member to the self-assessment.
    expect(result).toMatchObject({ wasCompleted: true, unratedPathways: ["o1a"] });
    expect((await profileOf(user.id))?.onboardingStep).toBe(6);
  });

  it("the self-assessment replaces earlier ratings of the chosen pathways", async () => {
    const user = await insertUser();
    await fillProfile(user, 4);
    await saveOnboardingStep(user, 4, {
      ...step4,
      "assessment.eb1a.judging.strength": "strong",
      "assessment.eb1a.judging.note": "",
      ...rateAll("eb2_niw", ["merit_importance", "well_positioned", "balance"], "some"),
    });
    const own = await getOwnApplicantProfile(user);
    expect(own?.assessments.find((a) => a.criterion === "judging")).toMatchObject({
      strength: "strong",
      note: null,
    });
    expect(own?.assessments.filter((a) => a.pathway === "eb2_niw").map((a) => a.strength)).toEqual([
      "some",
      "some",
      "some",
    ]);
  });

  it("EB-1C alone has nothing to rate: an empty self-assessment saves", async () => {
    const user = await insertUser();
    await saveOnboardingStep(user, 1, { targetPathways: "eb1c" });
    await saveOnboardingStep(user, 2, step2);
    await saveOnboardingStep(user, 3, step3);
    expect(await saveOnboardingStep(user, 4, {})).toMatchObject({ onboardingStep: 4 });
    expect(await assessmentsOf(user.id)).toEqual([]);
  });

  it("refuses a step past the next unsaved one and writes nothing", async () => {
    const user = await insertUser();
    const err = await errorOf(saveOnboardingStep(user, 3, step3));
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as Error).message).toBe("Please save step 1, target pathways, first.");
    expect(await profileOf(user.id)).toBeUndefined();

    await saveOnboardingStep(user, 1, step1);
    await expect(saveOnboardingStep(user, 4, step4)).rejects.toThrow(
      "Please save step 2, field and keywords, first.",
    );
    expect(await assessmentsOf(user.id)).toEqual([]);
    expect((await profileOf(user.id))?.onboardingStep).toBe(1);
  });

  it("refuses a step number that does not exist", async () => {
    const user = await insertUser();
    await expect(saveOnboardingStep(user, 7, {})).rejects.toThrow(ValidationError);
    await expect(saveOnboardingStep(user, 0, step1)).rejects.toThrow(ValidationError);
    expect(await profileOf(user.id)).toBeUndefined();
  });
});

describe("bad input writes nothing", () => {
  async function completedUser() {
    const user = await insertUser();
    await fillProfile(user);
    return { user, before: await profileOf(user.id), ratings: await assessmentsOf(user.id) };
  }

  it.each([
    ["no pathway", 1, { targetPathways: [] }, "targetPathways", "Choose at least one pathway."],
    [
      "an unknown pathway",
      1,
      { targetPathways: ["eb3"] },
      "targetPathways",
      "Choose pathways from the list.",
    ],
    [
      "a pathway twice",
      1,
      { targetPathways: ["eb1a", "eb1a"] },
      "targetPathways",
      "Choose each pathway once.",
    ],
    [
      "an unknown field",
      2,
      { field: "astrology", keywords: "" },
      "field",
      "Choose the field closest to your work.",
    ],
    [
      "21 keywords",
      2,
      { field: "engineering", keywords: Array.from({ length: 21 }, (_, i) => `k${i}`).join(",") },
      "keywords",
      "Use at most 20 keywords (you have 21).",
    ],
    [
      "a keyword of 41 characters",
      2,
      { field: "engineering", keywords: `fine, ${"a".repeat(41)}` },
      "keywords",
      expect.stringContaining("Keep each keyword to 40 characters"),
    ],
    [
      "an unknown country",
      3,
      { ...step3, countryOfBirth: "XX" },
      "countryOfBirth",
      "Choose your country of birth from the list.",
    ],
    [
      "a lower-case country",
      3,
      { ...step3, countryOfBirth: "in" },
      "countryOfBirth",
      "Choose your country of birth from the list.",
    ],
    [
      "an unknown status",
      3,
      { ...step3, currentStatus: "h9z" },
      "currentStatus",
      "Choose your current status.",
    ],
    [
      "an unknown stage",
      3,
      { ...step3, stage: "done" },
      "stage",
      "Choose where you are in the journey.",
    ],
    [
      "a missing stage",
      3,
      { countryOfBirth: "IN", currentStatus: "h1b" },
      "stage",
      "Choose where you are in the journey.",
    ],
    [
      "a note of 281 characters",
      4,
      { ...step4, "assessment.eb1a.judging.note": "n".repeat(281) },
      "assessment.eb1a.judging.note",
      "Keep the note to 280 characters.",
    ],
    [
      "an unknown strength",
      4,
      { ...step4, "assessment.eb1a.judging.strength": "huge" },
      "assessment.eb1a.judging.strength",
      "Choose none yet, some or strong.",
    ],
    [
      "goals of 2001 characters",
      5,
      { ...step5, goals: "g".repeat(2001) },
      "goals",
      "Keep your goals to 2,000 characters.",
    ],
    [
      "no language",
      5,
      { ...step5, languages: [] },
      "languages",
      "Choose at least one language you could speak with a mentor.",
    ],
    [
      "an unknown language",
      5,
      { ...step5, languages: ["en", "zz"] },
      "languages",
      "Choose languages from the list.",
    ],
    [
      "11 languages",
      5,
      { ...step5, languages: ["en", "hi", "es", "fr", "de", "it", "pt", "ru", "ja", "ko", "zh"] },
      "languages",
      "Choose at most 10 languages.",
    ],
    [
      "an unknown time zone",
      5,
      { ...step5, timezone: "Mars/Olympus" },
      "timezone",
      "Choose your time zone from the list.",
    ],
    [
      "an unknown visibility",
      6,
      { ...step6, countryVisibility: "friends" },
      "countryVisibility",
      "Choose who may see this.",
    ],
  ])("refuses %s beside the field", async (_label, step, input, field, message) => {
    const { user, before, ratings } = await completedUser();
    const err = await errorOf(saveOnboardingStep(user, step, input));
    expect(err).toBeInstanceOf(z.ZodError);
    expect(z.flattenError(err as z.ZodError).fieldErrors).toMatchObject({ [field]: [message] });
    expect(await profileOf(user.id)).toEqual(before);
    expect(await assessmentsOf(user.id)).toEqual(ratings);
  });

  it("refuses a self-assessment with a criterion left out, naming it, and keeps the old ratings", async () => {
    const { user, before, ratings } = await completedUser();
    const { ["assessment.eb1a.press.strength"]: _left, ...rest } = step4;
    const err = await errorOf(
      saveOnboardingStep(user, 4, { ...rest, ...rateAll("eb2_niw", ["balance"], "none") }),
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors).toEqual({
      "assessment.eb1a.press.strength": ["Choose how strong your evidence is for press."],
    });
    expect(await profileOf(user.id)).toEqual(before);
    expect(await assessmentsOf(user.id)).toEqual(ratings);
  });

  it("refuses ratings for a pathway that is not chosen", async () => {
    const { user, ratings } = await completedUser();
    const err = await errorOf(
      saveOnboardingStep(user, 4, { ...step4, "assessment.o1a.critical_role.strength": "strong" }),
    );
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).fieldErrors).toEqual({
      "assessment.o1a.critical_role.strength": ["O-1A is not one of your target pathways."],
    });
    expect(await assessmentsOf(user.id)).toEqual(ratings);
  });

  it.each([
    ["a criterion the pathway does not have", { "assessment.eb2_niw.judging.strength": "strong" }],
    ["an unknown pathway", { "assessment.eb3.judging.strength": "strong" }],
    ["an unknown criterion", { "assessment.eb1a.charisma.strength": "strong" }],
    ["someone else's id", { userId: crypto.randomUUID() }],
  ])("refuses %s as an unknown field", async (_label, extra) => {
    const { user, ratings } = await completedUser();
    const err = await errorOf(saveOnboardingStep(user, 4, { ...step4, ...extra }));
    expect(err).toBeInstanceOf(z.ZodError);
    expect((err as z.ZodError).issues[0]?.code).toBe("unrecognized_keys");
    expect(await assessmentsOf(user.id)).toEqual(ratings);
  });

  it("refuses extra fields on every step, such as a visibility smuggled into step 2", async () => {
    const { user, before } = await completedUser();
    await expect(
      saveOnboardingStep(user, 2, { ...step2, countryVisibility: "public" }),
    ).rejects.toThrow(z.ZodError);
    await expect(
      saveOnboardingStep(user, 6, { ...step6, onboardingCompletedAt: "2020-01-01" }),
    ).rejects.toThrow(z.ZodError);
    expect(await profileOf(user.id)).toEqual(before);
  });
});
