"use client";

import { ActionForm } from "@/components/forms/action-form";
import { FormMessage } from "@/components/forms/form-message";
import { CurrentPasswordField, EmailField } from "@/components/forms/account-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { keepAccountAction, resendVerificationAction, signInAction } from "../actions";

export function SignInForm({ next }: { next?: string }) {
  const form = useFormAction(signInAction);
  const { values, errors } = form;
  return (
    <div className="space-y-4">
      <ActionForm form={form} fields={{ next: next || undefined }} className="space-y-4" noValidate>
        <EmailField defaultValue={values?.email} errors={errors?.email} />
        <CurrentPasswordField label="Password" errors={errors?.password} />
        <SubmitButton className="w-full" pendingLabel="Signing in…">
          Sign in
        </SubmitButton>
      </ActionForm>
      {values?.unverified && values.email && <ResendVerification email={values.email} />}
      {values?.deleting && values.email && <KeepAccount email={values.email} />}
    </div>
  );
}

/** For an account set to be deleted: the password again, and it is kept and signed in. */
function KeepAccount({ email }: { email: string }) {
  const form = useFormAction(keepAccountAction);
  return (
    <form
      action={form.formAction}
      className="space-y-3 rounded-control border border-border p-4"
      aria-labelledby="keep-account-heading"
      noValidate
    >
      <h2 id="keep-account-heading" className="font-semibold">
        Keep your account
      </h2>
      <FormMessage state={form.state} />
      <input type="hidden" name="email" value={email} />
      <CurrentPasswordField label="Password, to keep the account" errors={form.errors?.password} />
      <SubmitButton className="w-full" pendingLabel="Keeping it…">
        Keep my account
      </SubmitButton>
    </form>
  );
}

function ResendVerification({ email }: { email: string }) {
  const form = useFormAction(resendVerificationAction);
  return (
    <ActionForm form={form} fields={{ email }} className="space-y-2">
      <SubmitButton variant="secondary" className="w-full" pendingLabel="Sending…">
        Send me a new confirmation link
      </SubmitButton>
    </ActionForm>
  );
}
