"use client";

// The fields that identify a person: the email they sign in with, and the password they type
// again to sign in or to confirm a change (linking a provider, deleting the account).
import type { ReactNode } from "react";
import { TextField } from "./text-field";

export function EmailField({ defaultValue, errors }: { defaultValue?: string; errors?: string[] }) {
  return (
    <TextField
      name="email"
      label="Email"
      type="email"
      autoComplete="email"
      defaultValue={defaultValue}
      errors={errors}
      required
    />
  );
}

export function CurrentPasswordField({
  name = "password",
  label,
  description,
  errors,
}: {
  name?: string;
  label: string;
  description?: ReactNode;
  errors?: string[];
}) {
  return (
    <TextField
      name={name}
      label={label}
      type="password"
      autoComplete="current-password"
      description={description}
      errors={errors}
      required
    />
  );
}
