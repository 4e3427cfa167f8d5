"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { resendVerificationAction, signInAction } from "../actions";

export function SignInForm({ next }: { next?: string }) {
  const { state, formAction, values, errors } = useFormAction(signInAction);
  return (
    <div className="space-y-4">
      <form action={formAction} className="space-y-4" noValidate>
        <FormMessage state={state} />
        {next && <input type="hidden" name="next" value={next} />}
        <TextField
          name="email"
          label="Email"
          type="email"
          autoComplete="email"
          defaultValue={values?.email}
          errors={errors?.email}
          required
        />
        <TextField
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          errors={errors?.password}
          required
        />
        <SubmitButton className="w-full" pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </form>
      {values?.unverified && values.email && <ResendVerification email={values.email} />}
    </div>
  );
}

function ResendVerification({ email }: { email: string }) {
  const { state, formAction } = useFormAction(resendVerificationAction);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="email" value={email} />
      <FormMessage state={state} />
      <SubmitButton variant="secondary" className="w-full" pendingLabel="Sending…">
        Send me a new confirmation link
      </SubmitButton>
    </form>
  );
}
