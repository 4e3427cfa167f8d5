"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { keepAccountAction, resendVerificationAction, signInAction } from "../actions";

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
      {values?.deleting && values.email && <KeepAccount email={values.email} />}
    </div>
  );
}

/** For an account set to be deleted: the password again, and it is kept and signed in. */
function KeepAccount({ email }: { email: string }) {
  const { state, formAction, errors } = useFormAction(keepAccountAction);
  return (
    <form
      action={formAction}
      className="space-y-3 rounded-control border border-border p-4"
      aria-labelledby="keep-account-heading"
      noValidate
    >
      <h2 id="keep-account-heading" className="font-semibold">
        Keep your account
      </h2>
      <FormMessage state={state} />
      <input type="hidden" name="email" value={email} />
      <TextField
        name="password"
        label="Password, to keep the account"
        type="password"
        autoComplete="current-password"
        errors={errors?.password}
        required
      />
      <SubmitButton className="w-full" pendingLabel="Keeping it…">
        Keep my account
      </SubmitButton>
    </form>
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
