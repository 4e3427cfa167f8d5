// The database half of every session check; pure of Next.js so integration tests call it directly.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { revokedSessions, users, type User } from "@/db/schema";
import { unreadCountSql } from "@/lib/notifications/unread";
import { isAccountUsable } from "./usable";

/** The signed-in user, with the header's unread count loaded in the same query, and when this
 * session signed in (for actions that ask for a recent sign-in: lib/auth/reauth.ts). */
export type SessionUser = User & { unreadCount: number; signedInAt: Date };

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  sessionId: string;
  authTime: number;
}

/** Sessions end after this long whatever the activity (the idle limit is the cookie's max age). */
export const ABSOLUTE_SESSION_MS = 30 * 24 * 60 * 60 * 1000;
export const IDLE_SESSION_SECONDS = 7 * 24 * 60 * 60;

/** The user behind a session, or null if the session was revoked, is too old, or its user may not sign in. */
export async function resolveSessionUser(
  claims: SessionClaims | undefined | null,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!claims?.userId || !claims.sessionId) return null;
  if (now.getTime() - claims.authTime > ABSOLUTE_SESSION_MS) return null;
  const [row] = await db
    .select({
      user: users,
      revoked: sql<boolean>`exists (select 1 from ${revokedSessions} where ${revokedSessions.sessionId} = ${claims.sessionId})`,
      unread: unreadCountSql(claims.userId),
    })
    .from(users)
    .where(eq(users.id, claims.userId))
    .limit(1);
  if (!row || row.revoked) return null;
  if (row.user.sessionVersion !== claims.sessionVersion) return null;
  if (!isAccountUsable(row.user, now)) return null;
  return { ...row.user, unreadCount: row.unread, signedInAt: new Date(claims.authTime) };
}

/**
 * Ends one session (sign-out, from our button or next-auth's own endpoint): its id is refused from
 * now on, even if the cookie was copied, until the session could not have lived anyway.
 */
export async function revokeSession(claims: {
  userId: string;
  sessionId: string;
  authTime: number;
}): Promise<void> {
  await db
    .insert(revokedSessions)
    .values({
      sessionId: claims.sessionId,
      userId: claims.userId,
      expiresAt: new Date(claims.authTime + ABSOLUTE_SESSION_MS),
    })
    .onConflictDoNothing();
}
