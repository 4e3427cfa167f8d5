"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { NewPasswordFields } from "@/components/forms/new-password-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const { state, formAction, errors } = useFormAction(changePasswordAction);
  return (
    <form action={formAction} className="max-w-md space-y-4" noValidate>
      <FormMessage state={state} />
      {hasPassword ? (
        <TextField
          name="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          errors={errors?.currentPassword}
          required
        />
      ) : (
        <input type="hidden" name="currentPassword" value="" />
      )}
      <NewPasswordFields
        errors={errors}
        description="At least 10 characters. Changing it signs out every other device."
      />
      <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
    </form>
  );
}
