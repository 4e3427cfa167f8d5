"use client";

import type { FieldErrors } from "@/lib/form-state";
import { TextField } from "./text-field";

/** Choosing a password: the new one (10–128 characters) and its repetition. */
export function NewPasswordFields({
  errors,
  description,
}: {
  errors?: FieldErrors;
  description: string;
}) {
  return (
    <>
      <TextField
        name="password"
        label="New password"
        type="password"
        autoComplete="new-password"
        description={description}
        errors={errors?.password ?? errors?.token}
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
    </>
  );
}
