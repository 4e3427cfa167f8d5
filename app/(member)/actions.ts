"use server";

import { auth, signOut } from "@/lib/auth/next-auth";
import { revokeSession } from "@/lib/auth/session";
import { ABSOLUTE_SESSION_MS } from "@/lib/auth/session-check";

/** Signs this device out and refuses its session id from now on, even if the cookie was copied. */
export async function signOutAction(): Promise<void> {
  const claims = (await auth())?.claims;
  if (claims) {
    await revokeSession(
      claims.userId,
      claims.sessionId,
      new Date(claims.authTime + ABSOLUTE_SESSION_MS),
    );
  }
  await signOut({ redirectTo: "/?signedOut=1" });
}
