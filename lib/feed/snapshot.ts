// The ranked list a first page stores, so later pages read exactly what it ranked while new items
// arrive and scores move: the cursor, writing the snapshot and reading a page back from it.
import "server-only";
import { and, eq, gt, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { communityThreads, contentItems, feedDismissals, feedSnapshots } from "@/db/schema";
import { contentQuery, threadQuery, type ContentRow, type ThreadRow } from "./candidates";
import { toContentEntry, toThreadEntry, type FeedEntry, type FeedPage } from "./entries";
import { SNAPSHOT_TTL_HOURS } from "./sweep";
import type { FeedReason, RankedItem } from "./types";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export const FEED_PAGE_SIZE = 20;
/** Ranked items kept in a snapshot: 10 pages. Beyond that the feed points to the library. */
export const SNAPSHOT_SIZE = 200;

interface SnapshotItem {
  t: "content" | "thread";
  id: string;
  r: FeedReason[];
}

export function encodeFeedCursor(snapshotId: string, offset: number): string {
  return `${snapshotId}.${offset}`;
}

export function decodeFeedCursor(cursor: string): { snapshotId: string; offset: number } | null {
  const [id, offset] = cursor.split(".");
  const n = Number(offset);
  if (!id || !isUuid(id) || !Number.isInteger(n) || n <= 0 || n >= SNAPSHOT_SIZE) return null;
  return { snapshotId: id, offset: n };
}

/** Stores the ranked list and gives the cursor of the page after the first. */
export async function saveSnapshot(
  viewer: Actor,
  ranked: RankedItem[],
  now: Date,
): Promise<string> {
  const [snapshot] = await db
    .insert(feedSnapshots)
    .values({ userId: viewer.id, items: ranked.map(toSnapshotItem), createdAt: now })
    .returning({ id: feedSnapshots.id });
  return encodeFeedCursor(snapshot!.id, FEED_PAGE_SIZE);
}

function toSnapshotItem(item: RankedItem): SnapshotItem {
  return { t: item.type, id: item.id, r: item.reasons };
}

/** A later page, from the member's own snapshot; null when it is gone, expired or not theirs. */
export async function readSnapshot(
  viewer: Actor,
  snapshotId: string,
  offset: number,
  now: Date,
): Promise<FeedPage | null> {
  const [snapshot] = await db
    .select({ items: feedSnapshots.items })
    .from(feedSnapshots)
    .where(
      and(
        eq(feedSnapshots.id, snapshotId),
        eq(feedSnapshots.userId, viewer.id),
        gt(feedSnapshots.createdAt, new Date(now.getTime() - SNAPSHOT_TTL_HOURS * 3_600_000)),
      ),
    );
  if (!snapshot) return null;
  const all = snapshot.items as SnapshotItem[];
  const slice = all.slice(offset, offset + FEED_PAGE_SIZE);
  const contentIds = slice.filter((i) => i.t === "content").map((i) => i.id);
  const threadIds = slice.filter((i) => i.t === "thread").map((i) => i.id);
  const notDismissed = (type: "content" | "thread", id: SQL | unknown) =>
    sql`not exists (select 1 from ${feedDismissals} where ${feedDismissals.userId} = ${viewer.id} and ${feedDismissals.itemType} = ${type} and ${feedDismissals.itemId} = ${id})`;
  const [contentRows, threadRows] = await Promise.all([
    contentIds.length
      ? contentQuery(
          viewer,
          and(inArray(contentItems.id, contentIds), notDismissed("content", contentItems.id)),
          FEED_PAGE_SIZE,
        )
      : Promise.resolve([] as ContentRow[]),
    threadIds.length
      ? threadQuery(
          viewer,
          and(inArray(communityThreads.id, threadIds), notDismissed("thread", communityThreads.id)),
          FEED_PAGE_SIZE,
        )
      : Promise.resolve([] as ThreadRow[]),
  ]);
  const contentById = new Map(contentRows.map((r) => [r.id, r]));
  const threadById = new Map(threadRows.map((r) => [r.id, r]));
  // Items taken down, unpublished or dismissed since the snapshot are skipped, not replaced.
  const entries = slice.flatMap((i): FeedEntry[] => {
    if (i.t === "content") {
      const row = contentById.get(i.id);
      return row ? [toContentEntry(row, i.r)] : [];
    }
    const row = threadById.get(i.id);
    return row ? [toThreadEntry(row, i.r)] : [];
  });
  const nextOffset = offset + FEED_PAGE_SIZE;
  return {
    entries,
    nextCursor: nextOffset < all.length ? encodeFeedCursor(snapshotId, nextOffset) : null,
    profileEmpty: false,
    onboarding: "done",
    restarted: false,
  };
}
