// Writes of the feed: "not interested" (and its undo). The item's tags are kept with the mark, so
// the ranking can lower similar items without reading the item again.
import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { communityThreads, contentItems, feedDismissals } from "@/db/schema";
import { visibleThread } from "@/lib/community/views";
import type { CriterionCode } from "@/lib/domain/criteria";
import { NotFoundError } from "@/lib/errors";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import { itemTags } from "./rank";
import type { FeedItemType } from "./types";
import { isUuid } from "@/lib/ids";

export const feedRateLimits = {
  dismissalsPerUser: { name: "feed-dismiss:user", limit: 60, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

/** The tags of a published item or a visible thread, or null if there is no such item. */
async function tagsOf(type: FeedItemType, id: string): Promise<string[] | null> {
  if (type === "content") {
    const [item] = await db
      .select({
        kind: contentItems.kind,
        pathways: contentItems.pathways,
        criteria: contentItems.criteria,
      })
      .from(contentItems)
      .where(and(eq(contentItems.id, id), eq(contentItems.status, "published")));
    return item
      ? itemTags({
          type,
          contentKind: item.kind,
          category: null,
          ...item,
          criteria: item.criteria as CriterionCode[],
        })
      : null;
  }
  const [thread] = await db
    .select({
      category: communityThreads.category,
      pathways: communityThreads.pathways,
      criteria: communityThreads.criteria,
    })
    .from(communityThreads)
    .where(and(eq(communityThreads.id, id), visibleThread));
  return thread
    ? itemTags({ type, contentKind: null, ...thread, criteria: thread.criteria as CriterionCode[] })
    : null;
}

/** Marks an item "not interested" (on) or takes the mark back (off). Idempotent. */
export async function setNotInterested(
  actor: { id: string },
  input: { type: FeedItemType; id: string; on: boolean },
  now = new Date(),
): Promise<void> {
  if (!isUuid(input.id)) throw new NotFoundError("That item does not exist.");
  await enforceRateLimits([[feedRateLimits.dismissalsPerUser, actor.id]], now);
  const key = and(
    eq(feedDismissals.userId, actor.id),
    eq(feedDismissals.itemType, input.type),
    eq(feedDismissals.itemId, input.id),
  );
  if (!input.on) {
    await db.delete(feedDismissals).where(key);
    return;
  }
  const tags = await tagsOf(input.type, input.id);
  if (!tags) throw new NotFoundError("That item does not exist.");
  await db
    .insert(feedDismissals)
    .values({ userId: actor.id, itemType: input.type, itemId: input.id, tags, createdAt: now })
    .onConflictDoNothing();
}
