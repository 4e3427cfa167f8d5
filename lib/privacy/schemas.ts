// The forms of Settings → Your data and of the sign-in page's "Keep my account".
import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password";
import { currentPasswordSchema, emailSchema } from "@/lib/auth/schemas";
import { checkbox } from "@/lib/schema-fields";

export const deleteAccountSchema = z.strictObject({
  // Empty for an account with no password: a recent sign-in stands in for it.
  password: z.string().max(PASSWORD_MAX_LENGTH).default(""),
  posts: z.enum(["keep", "remove"], { error: "Choose what happens to your posts." }),
  confirm: checkbox.refine((v) => v, "Tick the box to confirm you want to delete your account."),
});

export const keepAccountSchema = z.strictObject({
  email: emailSchema,
  password: currentPasswordSchema,
});
