// Shared by the community integration tests: members, a verified mentor, a clock that moves past
// the posting gap, and shortcuts for threads and replies.
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { caseRecords, mentorProfiles, notifications, type User } from "@/db/schema";
import { createThread, reply } from "@/lib/community/posting";
import type { CreateThreadInput } from "@/lib/community/schemas";
import { buildCaseRecord } from "@/tests/factories";
import { insertUser } from "./helpers";
import type { Actor } from "@/lib/auth/actor";

export const key = () => randomBytes(12).toString("base64url");

/** A member whose account is older than a day (regular limits), unless `createdAt` says otherwise. */
export function member(overrides: Parameters<typeof insertUser>[0] = {}): Promise<User> {
  return insertUser({ createdAt: new Date(Date.now() - 3 * 86_400_000), ...overrides });
}

export async function verifiedMentor(): Promise<User> {
  const user = await member();
  await db.insert(mentorProfiles).values({ userId: user.id, bio: "Approved EB-1A" });
  await db.insert(caseRecords).values(buildCaseRecord(user.id, { verificationStatus: "verified" }));
  return user;
}

let clock = Date.now();
/** A moment 10 s after the last one, so the 5 s gap between posts never gets in the way. */
export function tick(seconds = 10): Date {
  clock += seconds * 1000;
  return new Date(clock);
}

let n = 0;
export function ask(author: Actor, overrides: Partial<CreateThreadInput> = {}, now = tick()) {
  n += 1;
  return createThread(
    author,
    {
      category: "evidence-criteria",
      kind: "question",
      title: `How do I document judging, take ${n}?`,
      body: `I reviewed ${n} papers for two journals. Is that enough for the judging criterion?`,
      pathways: ["eb1a"],
      criteria: ["judging"],
      anonymous: false,
      idempotencyKey: key(),
      ...overrides,
    },
    now,
  );
}

export function answer(
  author: Actor,
  threadId: string,
  body = `Reply number ${(n += 1)}: keep the invitations and the review confirmations.`,
  now = tick(),
) {
  return reply(author, { threadId, body, idempotencyKey: key() }, now);
}

export function notificationsOf(userId: string, type?: string) {
  return db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientId, userId),
        type ? eq(notifications.type, type as never) : undefined,
      ),
    );
}
