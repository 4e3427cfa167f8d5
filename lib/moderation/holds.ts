// Automatic holds: a post that seems to carry a USCIS receipt number, an A-number or a passport
// number, and (when an admin switches pre-moderation on) the first posts of new accounts, are
// stored hidden and enter the review queue without a human report. The author sees the post with
// a notice; editing the number away releases it.
import "server-only";
import { and, eq, isNull, like, ne } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { appSettings, communityPosts, communityThreads, queueItems, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { describeSensitiveNumbers, findSensitiveNumbers } from "@/lib/sensitive/numbers";
import { openItemsOn, openQueueItem } from "./reports";

export const SENSITIVE_HOLD = "sensitive number";
export const PREMODERATION_HOLD = "first post of a new account";

export interface PremoderationSetting {
  enabled: boolean;
  /** Accounts younger than this have their first posts held. */
  accountAgeHours: number;
}

export const PREMODERATION_KEY = "premoderation";
export const defaultPremoderation: PremoderationSetting = { enabled: false, accountAgeHours: 72 };

export async function readPremoderation(tx: Tx): Promise<PremoderationSetting> {
  const [row] = await tx
    .select({ value: appSettings.value })
    .from(appSettings)
    .where(eq(appSettings.key, PREMODERATION_KEY));
  return { ...defaultPremoderation, ...((row?.value as Partial<PremoderationSetting>) ?? {}) };
}

/** Why the post is held, when its text carries a sensitive number; null when it does not. */
export function sensitiveHoldMessage(...texts: (string | undefined)[]): string | null {
  const what = describeSensitiveNumbers(texts.flatMap((t) => (t ? findSensitiveNumbers(t) : [])));
  return what
    ? `Your post is held for review: it looks like it contains ${what}. Edit it to remove the number and it comes back; until then only you and the moderators can see it.`
    : null;
}

/** Does pre-moderation hold this member's next post? */
export async function premoderates(tx: Tx, member: User, now: Date): Promise<boolean> {
  const setting = await readPremoderation(tx);
  if (!setting.enabled) return false;
  if (now.getTime() - member.createdAt.getTime() >= setting.accountAgeHours * 3_600_000) {
    return false;
  }
  const [earlier] = await tx
    .select({ id: communityPosts.id })
    .from(communityPosts)
    .where(and(eq(communityPosts.authorId, member.id), isNull(communityPosts.hiddenAt)))
    .limit(1);
  return !earlier;
}

/** Stores the post hidden (with its thread, for a question) and queues it for review. */
export async function holdPost(
  tx: Tx,
  post: { id: string; threadId: string; isOpening: boolean; authorId: string },
  reason: string,
  now: Date,
): Promise<void> {
  await tx.update(communityPosts).set({ hiddenAt: now }).where(eq(communityPosts.id, post.id));
  if (post.isOpening) {
    await tx
      .update(communityThreads)
      .set({ hiddenAt: now })
      .where(eq(communityThreads.id, post.threadId));
  }
  const target = post.isOpening
    ? { type: "thread" as const, id: post.threadId, ownerId: post.authorId }
    : { type: "post" as const, id: post.id, ownerId: post.authorId };
  await openQueueItem(tx, { kind: "hold", target, holdReason: reason, now });
  await recordAudit(tx, {
    actorId: null,
    action: "auto_hold",
    targetType: target.type,
    targetId: target.id,
    reason,
    after: { state: "hidden" },
  });
}

/**
 * After the author edits a post held for a sensitive number: if the number is gone, the post is
 * released and its hold closed. Returns whether it was released.
 */
export async function releaseIfClean(
  tx: Tx,
  post: { id: string; threadId: string; isOpening: boolean; authorId: string },
  stillSensitive: boolean,
  now: Date,
): Promise<boolean> {
  if (stillSensitive) return false;
  const target = post.isOpening
    ? { type: "thread" as const, id: post.threadId }
    : { type: "post" as const, id: post.id };
  const closed = await tx
    .update(queueItems)
    .set({ closedAt: now, closedBy: post.authorId, outcome: "released after the author's edit" })
    .where(and(openItemsOn(target, "hold"), like(queueItems.holdReason, `${SENSITIVE_HOLD}%`)))
    .returning({ id: queueItems.id });
  if (closed.length === 0) return false;
  // Other open items (reports, a moderator's hide) keep it hidden.
  const [other] = await tx
    .select({ id: queueItems.id })
    .from(queueItems)
    .where(and(openItemsOn(target), ne(queueItems.kind, "appeal")))
    .limit(1);
  if (other) return false;
  await tx
    .update(communityPosts)
    .set({ hiddenAt: null })
    .where(and(eq(communityPosts.id, post.id), isNull(communityPosts.removedAt)));
  if (post.isOpening) {
    await tx
      .update(communityThreads)
      .set({ hiddenAt: null })
      .where(and(eq(communityThreads.id, post.threadId), isNull(communityThreads.removedAt)));
  }
  await recordAudit(tx, {
    actorId: post.authorId,
    action: "auto_release",
    targetType: target.type,
    targetId: target.id,
    reason: "the author removed the number",
    before: { state: "hidden" },
    after: { state: "visible" },
  });
  return true;
}
