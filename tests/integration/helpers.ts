// Shared helpers for integration tests: insert users from the factories, read the outbox.
import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox, users, type User } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { SessionClaims } from "@/lib/auth/session-check";
import { buildUser, DEMO_PASSWORD, type UserSeed } from "@/tests/factories";

let demoHash: Promise<string> | undefined;

export async function insertUser(
  overrides: Partial<UserSeed> & Partial<Pick<User, "role" | "status">> = {},
): Promise<User> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  const [user] = await db
    .insert(users)
    .values({ ...buildUser(overrides), passwordHash: await demoHash })
    .returning();
  return user!;
}

export async function reloadUser(id: string): Promise<User> {
  const [user] = await db.select().from(users).where(eq(users.id, id));
  return user!;
}

export async function lastEmailTo(to: string) {
  const [row] = await db
    .select()
    .from(emailOutbox)
    .where(eq(emailOutbox.to, to))
    .orderBy(desc(emailOutbox.id))
    .limit(1);
  return row;
}

export function tokenFrom(text: string | undefined): string {
  const match = /token=([A-Za-z0-9_-]{43})/.exec(text ?? "");
  if (!match?.[1]) throw new Error(`No token link in email: ${text}`);
  return match[1];
}

export function claimsFor(
  user: Pick<User, "id" | "sessionVersion">,
  overrides: Partial<SessionClaims> = {},
): SessionClaims {
  return {
    userId: user.id,
    sessionVersion: user.sessionVersion,
    sessionId: crypto.randomUUID(),
    authTime: Date.now(),
    ...overrides,
  };
}

let ipCounter = 0;
/** A fresh client address per test, so rate limits of one test do not leak into another. */
export function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter % 250}-${process.pid}-${ipCounter}`;
}
