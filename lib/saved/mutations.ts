// Saving content and threads for later (the bookmarks table, shared with saved mentors). Saving
// content moves its save count, which the feed and the visitors' list rank by, in the same
// transaction.
import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { bookmarks, communityThreads, contentItems, type Bookmark } from "@/db/schema";
import { visibleThread } from "@/lib/community/views";
import { contentReadable } from "@/lib/content/queries";
import { NotFoundError } from "@/lib/errors";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export type SavedType = "content" | "thread";

export const savedRateLimits = {
  savesPerUser: { name: "saved:user", limit: 60, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

/** One member's bookmark of one thing (the table's key), for saved items and saved mentors. */
export function bookmarkOf(
  key: Pick<Bookmark, "userId" | "targetType" | "targetId">,
): SQL | undefined {
  return and(
    eq(bookmarks.userId, key.userId),
    eq(bookmarks.targetType, key.targetType),
    eq(bookmarks.targetId, key.targetId),
  );
}

/** Saves (on) or unsaves (off) an item this member may read. Idempotent. */
export async function setSaved(
  actor: Actor,
  input: { type: SavedType; id: string; on: boolean },
  now = new Date(),
): Promise<void> {
  if (!isUuid(input.id)) throw new NotFoundError("That item does not exist.");
  await enforceRateLimits([[savedRateLimits.savesPerUser, actor.id]], now);
  const key = { userId: actor.id, targetType: input.type, targetId: input.id };
  await db.transaction(async (tx) => {
    if (input.on) {
      const exists =
        input.type === "content"
          ? await tx
              .select({ id: contentItems.id })
              .from(contentItems)
              .where(and(eq(contentItems.id, input.id), contentReadable(actor)))
          : await tx
              .select({ id: communityThreads.id })
              .from(communityThreads)
              .where(and(eq(communityThreads.id, input.id), visibleThread));
      if (exists.length === 0) throw new NotFoundError("That item does not exist.");
      const added = await tx
        .insert(bookmarks)
        .values({ ...key, createdAt: now })
        .onConflictDoNothing()
        .returning({ userId: bookmarks.userId });
      if (added.length && input.type === "content") await bumpSaves(tx, input.id, 1);
      return;
    }
    const removed = await tx
      .delete(bookmarks)
      .where(bookmarkOf(key))
      .returning({ userId: bookmarks.userId });
    if (removed.length && input.type === "content") await bumpSaves(tx, input.id, -1);
  });
}

async function bumpSaves(tx: Tx, id: string, by: 1 | -1) {
  await tx
    .update(contentItems)
    .set({ saveCount: sql`greatest(${contentItems.saveCount} + ${by}, 0)` })
    .where(eq(contentItems.id, id));
}
