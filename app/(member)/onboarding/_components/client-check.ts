// The browser's first look at a step, with the server's own schemas: instant messages for what it
// can judge exactly as the server does. The server checks everything again.
import type { FieldErrors } from "@/lib/form-state";
import type { PathwayCode } from "@/lib/domain/pathways";
import {
  checkAssessments,
  fieldErrorsOf,
  stepSchemas,
  type AssessmentInput,
} from "@/lib/profiles/schemas";
import type { OnboardingStep } from "@/lib/profiles/steps";
import type { FormShape } from "./step-values";

// The browser's list of time zones can differ from the server's: leave that one to the server.
const serverOnly = new Set(["timezone"]);

export function checkStepInBrowser(
  step: OnboardingStep,
  input: FormShape,
  chosenPathways: readonly PathwayCode[],
): FieldErrors | null {
  const parsed = stepSchemas[step].safeParse(input);
  let errors: Record<string, string[]> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  if (parsed.success && step === 4) {
    errors = checkAssessments(chosenPathways, parsed.data as AssessmentInput[]);
  }
  for (const key of Object.keys(errors)) if (serverOnly.has(key)) delete errors[key];
  return Object.keys(errors).length > 0 ? errors : null;
}
