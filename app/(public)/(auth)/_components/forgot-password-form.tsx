"use client";

import { ActionForm } from "@/components/forms/action-form";
import { EmailField } from "@/components/forms/account-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { requestPasswordResetAction } from "../actions";

export function ForgotPasswordForm() {
  const form = useFormAction(requestPasswordResetAction);
  return (
    <ActionForm form={form} className="space-y-4" noValidate>
      <EmailField defaultValue={form.values?.email} errors={form.errors?.email} />
      <SubmitButton className="w-full" pendingLabel="Sending…">
        Email me a reset link
      </SubmitButton>
    </ActionForm>
  );
}
