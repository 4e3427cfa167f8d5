"use client";

import { ActionForm } from "@/components/forms/action-form";
import { CurrentPasswordField } from "@/components/forms/account-fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const form = useFormAction(changePasswordAction);
  return (
    <ActionForm form={form} className="max-w-md space-y-4" noValidate>
      {hasPassword ? (
        <CurrentPasswordField
          name="currentPassword"
          label="Current password"
          errors={form.errors?.currentPassword}
        />
      ) : (
        <input type="hidden" name="currentPassword" value="" />
      )}
      <NewPasswordFields
        errors={form.errors}
        description="At least 10 characters. Changing it signs out every other device."
      />
      <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
    </ActionForm>
  );
}
