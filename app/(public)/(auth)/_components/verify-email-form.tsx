"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { verifyEmailAction } from "../actions";

// A button, not an automatic GET: mail scanners that open links must not use up the token.
export function VerifyEmailForm({ token }: { token: string }) {
  const { state, formAction } = useFormAction(verifyEmailAction);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton className="w-full" pendingLabel="Confirming…">
        Confirm my email
      </SubmitButton>
    </form>
  );
}
