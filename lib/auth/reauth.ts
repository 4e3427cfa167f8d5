// Asking a signed-in member to prove it is them again before a change to how they sign in.
import type { User } from "@/db/schema";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { verifyPassword } from "./password";

/** An account with no password proves itself by a sign-in this recent instead. */
export const RECENT_SIGN_IN_MS = 10 * 60 * 1000;

/** How the member proves it is them: their password, a recent sign-in, or neither right now. */
export type ReauthMode = "password" | "recent" | "stale";

export function reauthMode(
  user: Pick<User, "passwordHash">,
  signedInAt: Date,
  now = new Date(),
): ReauthMode {
  if (user.passwordHash) return "password";
  return now.getTime() - signedInAt.getTime() <= RECENT_SIGN_IN_MS ? "recent" : "stale";
}

export const STALE_SIGN_IN_MESSAGE =
  "For your safety, sign in again first: sign out, sign in with your provider, and come back within 10 minutes. Or give your account a password: use “Forgot your password?” on the sign-in page and we will email you a link.";

/** Throws unless the password is right (or, with no password, the sign-in is recent). */
export async function confirmIdentity(
  user: Pick<User, "passwordHash">,
  signedInAt: Date,
  password: string | undefined,
  now = new Date(),
): Promise<void> {
  const mode = reauthMode(user, signedInAt, now);
  if (mode === "stale") throw new ForbiddenError(STALE_SIGN_IN_MESSAGE);
  if (mode === "recent") return;
  if (!password || !(await verifyPassword(user.passwordHash!, password))) {
    throw new ValidationError("Check your password.", {
      password: ["This is not your password."],
    });
  }
}
