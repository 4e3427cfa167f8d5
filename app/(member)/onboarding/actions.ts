"use server";

import { revalidate } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { z } from "zod";
import { formDataToObject, userAction, type ActionState } from "@/lib/action";
import { saveOnboardingStep, type SaveStepResult } from "@/lib/profiles/mutations";
import { LAST_ONBOARDING_STEP, onboardingHref, type OnboardingStep } from "@/lib/profiles/steps";

// Only the step number is read here; saveOnboardingStep validates the rest strictly.
const stepForm = z.looseObject({
  step: z.coerce
    .number<unknown>({ error: "That step of your profile does not exist." })
    .int()
    .min(1)
    .max(LAST_ONBOARDING_STEP),
});

/** Where to go after a save: on through the wizard the first time, back to the profile when editing. */
function nextHref(step: OnboardingStep, result: SaveStepResult): string {
  if (result.wasCompleted) {
    return result.unratedPathways.length > 0 ? onboardingHref(4) : "/profile?updated=1";
  }
  if (step === LAST_ONBOARDING_STEP) return "/profile?onboarded=1";
  return onboardingHref((step + 1) as OnboardingStep);
}

const saveStep = userAction(stepForm, async ({ step, ...input }, user) => {
  const result = await saveOnboardingStep(user, step, input);
  revalidate.profile();
  redirect(nextHref(step as OnboardingStep, result));
});

/** Saves one wizard step; on error the form gets back every value, checkbox lists included. */
export async function saveOnboardingStepAction(
  prev: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const state = await saveStep(prev, formData);
  if (state.status !== "error") return state;
  const lists: Record<string, string> = {};
  for (const [key, value] of Object.entries(formDataToObject(formData))) {
    if (Array.isArray(value)) lists[key] = value.join(",").slice(0, 5000);
  }
  return { ...state, values: { ...state.values, ...lists } };
}
