// The moderation demo: a scam reply reported by two members (waiting in the queue), and a reply
// held automatically because it carries a receipt number. Log in as moderator@example.com and
// open /admin/queue. Stable ids: re-seeding adds nothing.
import { eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  auditLog,
  communityPosts,
  communityThreads,
  queueItems,
  reports,
  users,
} from "@/db/schema";
import { bodyFingerprint } from "@/lib/community/text";
import { buildMember } from "@/tests/factories";
import { stableUuid } from "./profiles";

const HOUR = 3_600_000;

export async function seedModeration(tx: Tx, now = new Date()): Promise<number> {
  // Generated applicants who take part (they exist at every scale of the seed).
  const emails = [60, 61, 62, 63].map((i) => buildMember(i).email);
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, emails));
  const idOf = new Map(people.map((p) => [p.email, p.id]));
  const [scammer, reporterA, reporterB, holder] = emails.map((e) => idOf.get(e));
  const threadId = stableUuid("thread#premium-processing-worth-it");
  const [thread] = await tx
    .select({ id: communityThreads.id })
    .from(communityThreads)
    .where(eq(communityThreads.id, threadId));
  if (!thread || !scammer || !reporterA || !reporterB || !holder) return 0;

  const scamId = stableUuid("post#moderation#scam");
  const heldId = stableUuid("post#moderation#held");
  const scamBody =
    "I know a consultant who guarantees EB-1A approval in 30 days for 4,000 dollars, no evidence needed. DM me.";
  const heldBody =
    "Mine was premium too: receipt IOE0923456781 came back in 12 days with an approval. Same for you?";
  const inserted = await tx
    .insert(communityPosts)
    .values([
      {
        id: scamId,
        threadId,
        authorId: scammer,
        body: scamBody,
        bodyHash: bodyFingerprint(scamBody),
        createdAt: new Date(now.getTime() - 30 * HOUR),
        updatedAt: new Date(now.getTime() - 30 * HOUR),
      },
      {
        id: heldId,
        threadId,
        authorId: holder,
        body: heldBody,
        bodyHash: bodyFingerprint(heldBody),
        hiddenAt: new Date(now.getTime() - 6 * HOUR),
        createdAt: new Date(now.getTime() - 6 * HOUR),
        updatedAt: new Date(now.getTime() - 6 * HOUR),
      },
    ])
    .onConflictDoNothing()
    .returning({ id: communityPosts.id });
  if (inserted.length === 0) return 0;
  // Counters stay true, as a real reply keeps them.
  await tx
    .update(communityThreads)
    .set({
      replyCount: sql`${communityThreads.replyCount} + ${inserted.length}`,
      lastActivityAt: sql`greatest(${communityThreads.lastActivityAt}, ${new Date(now.getTime() - 6 * HOUR).toISOString()}::timestamptz)`,
    })
    .where(eq(communityThreads.id, threadId));

  await tx
    .insert(reports)
    .values([
      {
        reporterId: reporterA,
        targetType: "post" as const,
        targetId: scamId,
        targetUserId: scammer,
        reason: "legal_advice_scam" as const,
        createdAt: new Date(now.getTime() - 20 * HOUR),
      },
      {
        reporterId: reporterB,
        targetType: "post" as const,
        targetId: scamId,
        targetUserId: scammer,
        reason: "paid_evidence" as const,
        details: "Selling guaranteed approvals.",
        createdAt: new Date(now.getTime() - 8 * HOUR),
      },
    ])
    .onConflictDoNothing();
  await tx
    .insert(queueItems)
    .values([
      {
        kind: "reports" as const,
        targetType: "post" as const,
        targetId: scamId,
        targetUserId: scammer,
        openedAt: new Date(now.getTime() - 20 * HOUR),
      },
      {
        kind: "hold" as const,
        targetType: "post" as const,
        targetId: heldId,
        targetUserId: holder,
        holdReason: "sensitive number",
        openedAt: new Date(now.getTime() - 6 * HOUR),
      },
    ])
    .onConflictDoNothing();
  await tx.insert(auditLog).values({
    actorId: null,
    action: "auto_hold",
    targetType: "post",
    targetId: heldId,
    reason: "sensitive number",
    after: { state: "hidden" },
    createdAt: new Date(now.getTime() - 6 * HOUR),
  });
  return 2;
}
