// Filling in an applicant profile through the real domain function, step by step.
import type { User } from "@/db/schema";
import { saveOnboardingStep } from "@/lib/profiles/mutations";

export const step1 = { targetPathways: ["eb1a", "eb2_niw"] };
export const step2 = { field: "ai_computing", keywords: "computer vision, medical imaging" };
export const step3 = { countryOfBirth: "IN", currentStatus: "h1b", stage: "building_evidence" };
export const step4: Record<string, string> = {
  ...rateAll(
    "eb1a",
    [
      "awards",
      "membership",
      "press",
      "judging",
      "original_contributions",
      "scholarly_articles",
      "exhibitions",
      "leading_role",
      "high_salary",
      "commercial_success",
    ],
    "none",
  ),
  "assessment.eb1a.judging.strength": "some",
  "assessment.eb1a.judging.note": "Reviewer for CVPR, no letters yet",
  "assessment.eb1a.scholarly_articles.strength": "strong",
  ...rateAll("eb2_niw", ["merit_importance", "well_positioned", "balance"], "strong"),
};
export const step5 = {
  goals: "File EB-1A within a year, with NIW as a backup.",
  languages: ["en", "hi"],
  timezone: "America/Los_Angeles",
};
export const step6 = {
  countryVisibility: "private",
  statusVisibility: "private",
  stageVisibility: "private",
  evidenceVisibility: "private",
};

export function rateAll(pathway: string, criteria: string[], strength: string) {
  return Object.fromEntries(criteria.map((c) => [`assessment.${pathway}.${c}.strength`, strength]));
}

/** Saves steps 1..upTo with the inputs above; `privacy` overrides step 6. */
export async function fillProfile(
  user: Pick<User, "id">,
  upTo = 6,
  privacy: Partial<typeof step6> = {},
) {
  const steps = [step1, step2, step3, step4, step5, { ...step6, ...privacy }];
  for (let i = 0; i < upTo; i++) await saveOnboardingStep(user, i + 1, steps[i]);
}
