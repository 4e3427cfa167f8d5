// Field schemas shared by the auth forms and their actions.
import { z } from "zod";
import { acceptedPolicyVersionSchema } from "@/lib/policies/schemas";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";
import { isCommonPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password";
import { OAUTH_PROVIDER_IDS } from "./providers";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .min(1, "Enter your email address.")
  .max(254, "That email address is too long.")
  .pipe(z.email("Enter a valid email address, like name@example.com."))
  .transform((v) => v.toLowerCase());

/** For sign-in: any stored password is accepted here; the hash decides. */
export const currentPasswordSchema = z
  .string({ error: "Enter your password." })
  .min(1, "Enter your password.")
  .max(PASSWORD_MAX_LENGTH, `Passwords are at most ${PASSWORD_MAX_LENGTH} characters.`);

/** For choosing a password: length only (no composition rules) and not a common one. */
export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine(
    (p) => !isCommonPassword(p),
    "This password is too common. Choose one that is harder to guess.",
  );

export const displayNameSchema = z
  .string({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(80, "Use at most 80 characters.")
  .check(noSensitiveNumbers());

export const signUpSchema = z.strictObject({
  displayName: displayNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  acceptPolicies: acceptedPolicyVersionSchema,
});

export const signInSchema = z.strictObject({
  email: emailSchema,
  password: currentPasswordSchema,
  next: z.string().max(2000).optional(),
});

export const requestPasswordResetSchema = z.strictObject({ email: emailSchema });

export const tokenSchema = z
  .string({ error: "This link is incomplete." })
  .regex(/^[A-Za-z0-9_-]{43}$/, "This link is incomplete or damaged. Request a new one.");

export const resetPasswordSchema = z
  .strictObject({
    token: tokenSchema,
    password: newPasswordSchema,
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match.",
  });

export const changePasswordSchema = z
  .strictObject({
    currentPassword: z.string().max(PASSWORD_MAX_LENGTH),
    password: newPasswordSchema,
    confirmPassword: z.string().max(PASSWORD_MAX_LENGTH),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two passwords do not match.",
  });

/** Link or unlink a provider in Settings; the password is absent for an account that has none. */
export const connectedAccountSchema = z.strictObject({
  provider: z.enum(OAUTH_PROVIDER_IDS, { error: "Choose a provider." }),
  password: z.string().max(PASSWORD_MAX_LENGTH).optional(),
});

/** Only same-site paths: never an absolute URL an attacker could send someone to. */
export function safeNextPath(next: string | undefined | null, fallback = "/feed"): string {
  // Browsers drop tabs and newlines and read "\" as "/": the URL parser decides, not a prefix check.
  if (!next || !next.startsWith("/") || /[\u0000-\u001f\u007f\s]/.test(next)) return fallback;
  const base = "http://landed.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return fallback;
  }
  return url.origin === base ? url.pathname + url.search + url.hash : fallback;
}
