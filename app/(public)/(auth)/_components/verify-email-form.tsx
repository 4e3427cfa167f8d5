"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { idleState } from "@/components/forms/state";
import { SubmitButton } from "@/components/forms/submit-button";
import { verifyEmailAction } from "../actions";

// A button, not an automatic GET: mail scanners that open links must not use up the token.
export function VerifyEmailForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(verifyEmailAction, idleState);
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
