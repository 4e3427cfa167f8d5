"use client";

import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import type { PathwayCode } from "@/lib/domain/pathways";
import { LAST_ONBOARDING_STEP, onboardingHref, type OnboardingStep } from "@/lib/profiles/steps";
import { saveOnboardingStepAction } from "../actions";
import { AssessmentStep } from "./assessment-step";
import { BackgroundStep, FieldStep, PathwaysStep } from "./basic-steps";
import { checkStepInBrowser } from "./client-check";
import type { Option } from "@/components/forms/field-shell";
import { GoalsStep, type OptionGroup } from "./goals-step";
import { PrivacyStep } from "./privacy-step";
import { formShapeOf, stepValues, type FormShape } from "./step-values";

export interface StepFormProps {
  step: OnboardingStep;
  /** "edit" once onboarding is complete: saving returns to the profile. */
  mode: "setup" | "edit";
  saved: FormShape;
  chosenPathways: PathwayCode[];
  countries?: Option[];
  languages?: Option[];
  timezones?: OptionGroup[];
}

export function StepForm(props: StepFormProps) {
  const { step, mode, saved, chosenPathways } = props;
  const form = useFormAction(saveOnboardingStepAction, (formData) =>
    checkStepInBrowser(step, formShapeOf(formData), chosenPathways),
  );
  const { values, errors } = form;
  // Defaults stay as they were on a browser-side error: the fields still hold what was typed.
  const v = stepValues(values, saved, errors);
  const last = step === LAST_ONBOARDING_STEP;
  return (
    <ActionForm form={form} fields={{ step }} className="space-y-8" noValidate>
      {step === 1 && <PathwaysStep v={v} />}
      {step === 2 && <FieldStep v={v} />}
      {step === 3 && <BackgroundStep v={v} countries={props.countries ?? []} />}
      {step === 4 && <AssessmentStep v={v} chosenPathways={chosenPathways} />}
      {step === 5 && (
        <GoalsStep v={v} languages={props.languages ?? []} timezones={props.timezones ?? []} />
      )}
      {step === 6 && <PrivacyStep v={v} />}
      <div className="flex flex-wrap-reverse items-center justify-between gap-3 border-t border-border pt-6">
        {mode === "edit" ? (
          <Button asChild variant="secondary">
            <Link href="/profile">Cancel</Link>
          </Button>
        ) : step > 1 ? (
          <Button asChild variant="secondary">
            <Link href={onboardingHref((step - 1) as OnboardingStep)}>Back</Link>
          </Button>
        ) : (
          <span />
        )}
        <SubmitButton pendingLabel="Saving…">
          {mode === "edit" ? "Save changes" : last ? "Save and finish" : "Save and continue"}
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
