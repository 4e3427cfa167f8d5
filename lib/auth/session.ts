// Who is asking: the session token checked against the database on every request (docs/decisions/002).
import "server-only";
import { cache } from "react";
import { after } from "next/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { UnauthorizedError } from "@/lib/errors";
import { ACCEPT_POLICIES_PATH, needsPolicyAcceptance } from "@/lib/policies/versions";
import { resolveSessionUser, type SessionUser } from "./session-check";
import { sessionClaims } from "./session-token";

export type CurrentUser = SessionUser;

const TOUCH_AFTER_MS = 5 * 60_000;

/** The signed-in, active user of this request, or null. Loaded once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const user = await resolveSessionUser(await sessionClaims());
  // Only when stale: most requests then write nothing and spend no query on it.
  if (user && (!user.lastActiveAt || Date.now() - user.lastActiveAt.getTime() > TOUCH_AFTER_MS)) {
    after(() => touchLastActive(user.id));
  }
  return user;
});

async function touchLastActive(userId: string): Promise<void> {
  await db
    .update(users)
    .set({ lastActiveAt: new Date() })
    .where(
      and(
        eq(users.id, userId),
        or(isNull(users.lastActiveAt), lt(users.lastActiveAt, sql`now() - interval '5 minutes'`)),
      ),
    );
}

/** For server actions, route handlers and domain entry points: throws when there is no usable session. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new UnauthorizedError();
  return user;
}

/**
 * For member pages: sends a signed-out visitor to sign in and back, and a member who has not
 * accepted the current terms to accept them and back (read from the row already loaded).
 */
export async function requirePageUser(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (needsPolicyAcceptance(user, path)) {
    // Back to the very address, query included (the proxy passes it), whichever of layout or page asks.
    const here = (await headers()).get("x-pathname") ?? path;
    redirect(`${ACCEPT_POLICIES_PATH}?next=${encodeURIComponent(here)}`);
  }
  return user;
}
