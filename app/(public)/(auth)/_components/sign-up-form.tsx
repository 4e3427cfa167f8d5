"use client";

import { MailCheck } from "@/components/ui/icons";
import { ActionForm } from "@/components/forms/action-form";
import { EmailField } from "@/components/forms/account-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import { PolicyCheckbox } from "@/components/policies/policy-checkbox";
import { signUpAction } from "../actions";

export function SignUpForm() {
  const form = useFormAction(signUpAction);
  const { state, values, errors, field } = form;
  if (state.status === "success") {
    return (
      <div role="status" aria-label="Check your email" className="space-y-3 text-center">
        <MailCheck aria-hidden="true" className="mx-auto size-10 text-accent" />
        <h2 className="text-lg font-semibold">Check your email</h2>
        <p className="text-sm text-muted">{state.message}</p>
      </div>
    );
  }
  return (
    <ActionForm form={form} className="space-y-4" noValidate>
      <TextField
        {...field("displayName")}
        label="Your name"
        autoComplete="name"
        description="Shown to mentors and in the community. You can post anonymously later."
        maxLength={80}
        required
      />
      <EmailField defaultValue={values?.email} errors={errors?.email} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        description="At least 10 characters. A short sentence is easy to remember and hard to guess."
        errors={errors?.password}
        minLength={10}
        maxLength={128}
        required
      />
      <PolicyCheckbox
        checked={values?.acceptPolicies === CURRENT_POLICY_VERSION}
        errors={errors?.acceptPolicies}
      />
      <SubmitButton className="w-full" pendingLabel="Creating your account…">
        Create account
      </SubmitButton>
    </ActionForm>
  );
}
