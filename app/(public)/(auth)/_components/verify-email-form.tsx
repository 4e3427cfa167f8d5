"use client";

import { ActionForm } from "@/components/forms/action-form";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { verifyEmailAction } from "../actions";

// A button, not an automatic GET: mail scanners that open links must not use up the token.
export function VerifyEmailForm({ token }: { token: string }) {
  return (
    <ActionForm form={useFormAction(verifyEmailAction)} fields={{ token }} className="space-y-4">
      <SubmitButton className="w-full" pendingLabel="Confirming…">
        Confirm my email
      </SubmitButton>
    </ActionForm>
  );
}
