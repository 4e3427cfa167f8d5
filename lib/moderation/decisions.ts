// What moderators do with a queue item: dismiss it, hide, remove or restore the target, lock a
// thread, fix its tags or category, warn the author. Each action, its decision row, the closing
// of the queue item, the reporters' outcome and the audit row commit together or not at all.
// Suspending and banning the author go through lib/moderation/sanctions.ts.
import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import {
  communityThreads,
  moderationDecisions,
  queueItems,
  reports,
  type QueueItem,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import type { CategorySlug } from "@/lib/community/vocabulary";
import { slugify } from "@/lib/community/text";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { requireQueueModerator } from "./authz";
import { setTargetVisibility, threadOf } from "./targets";
import { reportTargetLabels } from "./vocabulary";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export type ModerationAction =
  | { action: "dismiss"; reason: string }
  | { action: "hide"; reason: string }
  | { action: "remove"; reason: string }
  | { action: "restore"; reason: string }
  | { action: "lock"; reason: string }
  | { action: "unlock"; reason: string }
  | {
      action: "retag";
      reason: string;
      category: CategorySlug;
      pathways: string[];
      criteria: string[];
    }
  | { action: "warn"; reason: string };

/** What reporters are told, per action. */
const outcomes: Record<ModerationAction["action"], string> = {
  dismiss: "a moderator reviewed it and found no rule broken",
  hide: "a moderator hid it",
  remove: "a moderator removed it",
  restore: "a moderator reviewed it and restored it",
  lock: "a moderator locked the thread",
  unlock: "a moderator reopened the thread",
  retag: "a moderator moved or retagged it",
  warn: "a moderator warned the author",
};

async function lockOpenItem(tx: Tx, itemId: string): Promise<QueueItem> {
  if (!isUuid(itemId)) throw new NotFoundError("That queue item does not exist.");
  const [item] = await tx.select().from(queueItems).where(eq(queueItems.id, itemId)).for("update");
  if (!item) throw new NotFoundError("That queue item does not exist.");
  if (item.closedAt) {
    throw new ConflictError("Someone already decided this item. Reload the queue.");
  }
  return item;
}

/** Closes the item, resolves its open reports and tells each reporter the outcome. */
export async function closeItem(
  tx: Tx,
  item: QueueItem,
  actorId: string,
  outcome: string,
  reportStatus: "actioned" | "dismissed",
  now: Date,
): Promise<void> {
  await tx
    .update(queueItems)
    .set({ closedAt: now, closedBy: actorId, outcome })
    .where(eq(queueItems.id, item.id));
  if (item.kind !== "reports") return;
  const resolved = await tx
    .update(reports)
    .set({ status: reportStatus, resolvedAt: now, resolvedBy: actorId })
    .where(
      and(
        eq(reports.targetType, item.targetType),
        eq(reports.targetId, item.targetId),
        eq(reports.status, "open"),
      ),
    )
    .returning({ reporterId: reports.reporterId });
  for (const r of resolved) {
    await notify(tx, {
      recipientId: r.reporterId,
      type: "report_resolved",
      actorId: null,
      data: { outcome, target: reportTargetLabels[item.targetType] },
    });
  }
}

/** A decision the author can see and appeal; returns its id. */
async function decide(
  tx: Tx,
  item: QueueItem,
  actorId: string,
  action: "hide" | "remove" | "warn",
  reason: string,
  now: Date,
): Promise<string | null> {
  if (!item.targetUserId) return null;
  const [decision] = await tx
    .insert(moderationDecisions)
    .values({
      subjectUserId: item.targetUserId,
      action,
      targetType: item.targetType,
      targetId: item.targetId,
      reason,
      actorId,
      createdAt: now,
    })
    .returning({ id: moderationDecisions.id });
  const what = reportTargetLabels[item.targetType];
  const message =
    action === "warn"
      ? `A moderator warned you: ${reason}`
      : `A moderator ${action === "hide" ? "hid" : "removed"} your ${what}: ${reason}. You can appeal.`;
  await notify(tx, {
    recipientId: item.targetUserId,
    type: "moderation_notice",
    actorId: null,
    data: { message, decisionId: decision!.id },
  });
  return decision!.id;
}

/** Marks the target's earlier hide or remove decisions as reversed (after a restore). */
async function reverseDecisions(tx: Tx, item: QueueItem, now: Date): Promise<void> {
  await tx
    .update(moderationDecisions)
    .set({ reversedAt: now })
    .where(
      and(
        eq(moderationDecisions.targetType, item.targetType),
        eq(moderationDecisions.targetId, item.targetId),
        inArray(moderationDecisions.action, ["hide", "remove"]),
        isNull(moderationDecisions.reversedAt),
      ),
    );
}

/**
 * Acts on an open queue item. Moderators and admins only (a member's crafted request is refused
 * and audited as denied).
 */
export async function moderateItem(
  actor: Actor,
  itemId: string,
  input: ModerationAction,
  now = new Date(),
): Promise<void> {
  await requireQueueModerator(actor, itemId, `queue.${input.action}`);
  const reason = input.reason.trim();
  if (reason.length < 3) {
    throw new ValidationError("Give a reason: the author and the audit log will see it.", {
      reason: ["Give a reason of at least 3 characters."],
    });
  }
  await db.transaction(async (tx) => {
    const item = await lockOpenItem(tx, itemId);
    const target = { type: item.targetType, id: item.targetId };
    const audit = (
      action: string,
      before?: Record<string, unknown>,
      after?: Record<string, unknown>,
    ) =>
      recordAudit(tx, {
        actorId: actor.id,
        action,
        targetType: item.targetType,
        targetId: item.targetId,
        reason,
        before,
        after,
        metadata: { queueItemId: item.id, kind: item.kind },
      });

    switch (input.action) {
      case "dismiss": {
        // A dismissed report on an automatically hidden target brings it back.
        if (item.holdReason && ["thread", "post", "content"].includes(item.targetType)) {
          const { before } = await setTargetVisibility(tx, target, "visible", now);
          await audit("content.restore", { state: before }, { state: "visible" });
        }
        await closeItem(tx, item, actor.id, outcomes.dismiss, "dismissed", now);
        await audit("queue.dismiss");
        return;
      }
      case "hide":
      case "remove": {
        const { before } = await setTargetVisibility(
          tx,
          target,
          input.action === "hide" ? "hidden" : "removed",
          now,
        );
        const decisionId = await decide(tx, item, actor.id, input.action, reason, now);
        await closeItem(tx, item, actor.id, outcomes[input.action], "actioned", now);
        await audit(
          `content.${input.action}`,
          { state: before },
          { state: input.action === "hide" ? "hidden" : "removed", decisionId },
        );
        return;
      }
      case "restore": {
        const { before } = await setTargetVisibility(tx, target, "visible", now);
        await reverseDecisions(tx, item, now);
        await closeItem(tx, item, actor.id, outcomes.restore, "dismissed", now);
        await audit("content.restore", { state: before }, { state: "visible" });
        return;
      }
      case "lock":
      case "unlock": {
        const threadId = await threadOf(tx, target);
        if (!threadId) throw new ValidationError("Only a thread or a reply can be locked.");
        const [before] = await tx
          .update(communityThreads)
          .set({ lockedAt: input.action === "lock" ? now : null })
          .where(eq(communityThreads.id, threadId))
          .returning({ lockedAt: communityThreads.lockedAt });
        await closeItem(tx, item, actor.id, outcomes[input.action], "actioned", now);
        await recordAudit(tx, {
          actorId: actor.id,
          action: `thread.${input.action}`,
          targetType: "thread",
          targetId: threadId,
          reason,
          after: { lockedAt: before?.lockedAt ?? null },
          metadata: { queueItemId: item.id },
        });
        return;
      }
      case "retag": {
        const threadId = await threadOf(tx, target);
        if (!threadId) throw new ValidationError("Only a thread or a reply can be retagged.");
        const [old] = await tx
          .select({
            category: communityThreads.category,
            pathways: communityThreads.pathways,
            criteria: communityThreads.criteria,
            title: communityThreads.title,
          })
          .from(communityThreads)
          .where(eq(communityThreads.id, threadId))
          .for("update");
        await tx
          .update(communityThreads)
          .set({
            category: input.category,
            pathways: input.pathways as (typeof communityThreads.$inferInsert)["pathways"],
            criteria: input.criteria,
            slug: slugify(old!.title),
          })
          .where(eq(communityThreads.id, threadId));
        await closeItem(tx, item, actor.id, outcomes.retag, "actioned", now);
        await recordAudit(tx, {
          actorId: actor.id,
          action: "thread.retag",
          targetType: "thread",
          targetId: threadId,
          reason,
          before: { category: old!.category, pathways: old!.pathways, criteria: old!.criteria },
          after: { category: input.category, pathways: input.pathways, criteria: input.criteria },
          metadata: { queueItemId: item.id },
        });
        return;
      }
      case "warn": {
        const decisionId = await decide(tx, item, actor.id, "warn", reason, now);
        if (!decisionId) throw new ValidationError("This has no author left to warn.");
        await closeItem(tx, item, actor.id, outcomes.warn, "actioned", now);
        await audit("user.warn", undefined, { decisionId });
        return;
      }
    }
  });
}
