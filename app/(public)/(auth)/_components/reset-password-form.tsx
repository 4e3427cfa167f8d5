"use client";

import { ActionForm } from "@/components/forms/action-form";
import { useFormAction } from "@/components/forms/use-form-action";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { resetPasswordAction } from "../actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const form = useFormAction(resetPasswordAction);
  return (
    <ActionForm form={form} fields={{ token }} className="space-y-4" noValidate>
      <NewPasswordFields errors={form.errors} description="At least 10 characters." />
      <SubmitButton className="w-full" pendingLabel="Saving…">
        Set new password
      </SubmitButton>
    </ActionForm>
  );
}
