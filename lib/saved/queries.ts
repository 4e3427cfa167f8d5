// The member's saved list: content and threads, most recently saved first, in keyset pages.
// Items the member may no longer read (unpublished, taken down, deleted) are left out.
import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { bookmarks } from "@/db/schema";
import { listThreadsByIds, type ThreadListItem } from "@/lib/community/thread-list";
import { decodeCursor, encodeCursor, keysetPage } from "@/lib/cursor";
import { listContentByIds, type ContentCard } from "@/lib/content/queries";
import type { Actor } from "@/lib/auth/actor";

export const SAVED_PAGE_SIZE = 20;

export type SavedEntry =
  | { type: "content"; savedAt: Date; content: ContentCard }
  | { type: "thread"; savedAt: Date; thread: ThreadListItem };

export async function listSaved(
  actor: Actor,
  cursor?: string | null,
  limit = SAVED_PAGE_SIZE,
): Promise<{ entries: SavedEntry[]; nextCursor: string | null }> {
  const after = decodeCursor(cursor);
  const rows = await db
    .select({
      type: bookmarks.targetType,
      id: bookmarks.targetId,
      savedAt: bookmarks.createdAt,
      savedText: sql<string>`${bookmarks.createdAt}::text`,
    })
    .from(bookmarks)
    .where(
      and(
        eq(bookmarks.userId, actor.id),
        inArray(bookmarks.targetType, ["content", "thread"]),
        after?.k === "time"
          ? sql`(${bookmarks.createdAt}, ${bookmarks.targetId}) < (${after.t}::timestamptz, ${after.id})`
          : undefined,
      ),
    )
    .orderBy(desc(bookmarks.createdAt), desc(bookmarks.targetId))
    .limit(limit + 1);
  const { page, nextCursor } = keysetPage(rows, limit, (last) =>
    encodeCursor({ k: "time", t: last.savedText, id: last.id }),
  );
  const [contents, threads] = await Promise.all([
    listContentByIds(
      actor,
      page.filter((r) => r.type === "content").map((r) => r.id),
    ),
    listThreadsByIds(
      actor,
      page.filter((r) => r.type === "thread").map((r) => r.id),
    ),
  ]);
  const contentById = new Map(contents.map((c) => [c.id, c]));
  const threadById = new Map(threads.map((t) => [t.id, t]));
  const entries = page.flatMap((r): SavedEntry[] => {
    if (r.type === "content") {
      const content = contentById.get(r.id);
      return content ? [{ type: "content", savedAt: r.savedAt, content }] : [];
    }
    const thread = threadById.get(r.id);
    return thread ? [{ type: "thread", savedAt: r.savedAt, thread }] : [];
  });
  return {
    entries,
    nextCursor,
  };
}
