"use client";

import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
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
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        description="At least 10 characters. Changing it signs out every other device."
        errors={errors?.password}
        minLength={10}
        maxLength={128}
        required
      />
      <TextField
        name="confirmPassword"
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        errors={errors?.confirmPassword}
        required
      />
      <SubmitButton pendingLabel="Saving…">Change password</SubmitButton>
    </form>
  );
}
