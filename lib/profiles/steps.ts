// The onboarding wizard's steps, in order: titles shared by the wizard, the profile page and completeness.

export const onboardingSteps = [
  { step: 1, title: "Target pathways", section: "pathways" },
  { step: 2, title: "Field and keywords", section: "field" },
  { step: 3, title: "Background", section: "background" },
  { step: 4, title: "Self-assessment", section: "evidence" },
  { step: 5, title: "Goals and logistics", section: "goals" },
  { step: 6, title: "Privacy", section: "privacy" },
] as const;

export type OnboardingStep = (typeof onboardingSteps)[number]["step"];

export const LAST_ONBOARDING_STEP: OnboardingStep = 6;

export function isOnboardingStep(n: unknown): n is OnboardingStep {
  return typeof n === "number" && Number.isInteger(n) && n >= 1 && n <= LAST_ONBOARDING_STEP;
}

export function onboardingHref(step: OnboardingStep): string {
  return `/onboarding?step=${step}`;
}

/** The step to resume at: the next unsaved one, or the first when every step is saved. */
export function resumeStep(savedSteps: number, completed: boolean): OnboardingStep {
  if (completed || savedSteps >= LAST_ONBOARDING_STEP) return 1;
  return Math.max(1, Math.min(LAST_ONBOARDING_STEP, savedSteps + 1)) as OnboardingStep;
}

/** The furthest step a person may open: one past what they have saved. */
export function furthestOpenStep(savedSteps: number): OnboardingStep {
  return Math.max(1, Math.min(LAST_ONBOARDING_STEP, savedSteps + 1)) as OnboardingStep;
}
