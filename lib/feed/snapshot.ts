// The ranked list a first page stores: later pages read exactly what it ranked while new items
// arrive and scores move, and later first pages reuse it while nothing it was ranked from has
// changed (docs/decisions/021-rank-once.md): the cursor, writing the snapshot, finding a
// ranking still fresh, and reading a page back from one.
import "server-only";
import { and, desc, eq, gt, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import {
  communityFollows,
  communityThreads,
  contentItems,
  feedDismissals,
  feedSnapshots,
} from "@/db/schema";
import { stillFresh, type ReadMoment } from "@/lib/change-marks";
import { contentQuery, threadQuery, type ContentRow, type ThreadRow } from "./candidates";
import { toContentEntry, toThreadEntry, type FeedEntry, type FeedPage } from "./entries";
import { SNAPSHOT_TTL_HOURS } from "./sweep";
import type { FeedReason, RankedItem } from "./types";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

/** Items a page shows: what a member reads first; "More for you" pages on (issue 19). */
export const FEED_PAGE_SIZE = 10;
/** Ranked items kept in a snapshot: 20 pages. Beyond that the feed points to the library. */
export const SNAPSHOT_SIZE = 200;

export interface SnapshotItem {
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

/**
 * The page at `offset` of a stored ranking and the ranking's length, cut in SQL: a view reads
 * one page's items, not all 200 with their reasons.
 */
function pageAt(offset: number) {
  return {
    items: sql<
      SnapshotItem[]
    >`jsonb_path_query_array(${feedSnapshots.items}, '$[$from to $to]', jsonb_build_object('from', ${offset}::int, 'to', ${offset + FEED_PAGE_SIZE - 1}::int))`.mapWith(
      (value) => feedSnapshots.items.mapFromDriverValue(value) as SnapshotItem[],
    ),
    total: sql<number>`jsonb_array_length(${feedSnapshots.items})`.mapWith(Number),
  };
}

/** A first page's own facts, kept with its ranking so a reused ranking shows them too. */
export type SnapshotMeta = Pick<FeedPage, "profileEmpty" | "onboarding">;

/** Stores the ranked list; gives its id. */
export async function saveSnapshot(
  viewer: Actor,
  ranked: RankedItem[],
  meta: SnapshotMeta,
  under: ReadMoment,
  now: Date,
): Promise<string> {
  const [snapshot] = await db
    .insert(feedSnapshots)
    .values({
      userId: viewer.id,
      items: ranked.map(toSnapshotItem),
      meta,
      createdAt: now,
      rankedAt: under.rankedAt,
      seen: under.seen,
    })
    .returning({ id: feedSnapshots.id });
  return snapshot!.id;
}

function toSnapshotItem(item: RankedItem): SnapshotItem {
  return { t: item.type, id: item.id, r: item.reasons };
}

/**
 * The member's latest ranking if it can stand for a new one: young enough, and every change it
 * depends on (their own inputs, a reply in a thread they follow, new content or threads) was
 * already visible when it was ranked (lib/change-marks.ts).
 */
export async function freshRanking(
  viewer: Actor,
): Promise<{ id: string; items: SnapshotItem[]; total: number; meta: SnapshotMeta } | null> {
  const followed = sql`select 'thread:' || ${communityFollows.threadId}::text from ${communityFollows}
    where ${communityFollows.userId} = ${viewer.id}`;
  const [row] = await db
    .select({ id: feedSnapshots.id, ...pageAt(0), meta: feedSnapshots.meta })
    .from(feedSnapshots)
    .where(
      and(
        eq(feedSnapshots.userId, viewer.id),
        isNotNull(feedSnapshots.seen),
        stillFresh(feedSnapshots, [`member:${viewer.id}`, "content", "threads"], followed),
      ),
    )
    .orderBy(desc(feedSnapshots.rankedAt))
    .limit(1);
  if (!row) return null;
  return { id: row.id, items: row.items, total: row.total, meta: row.meta as SnapshotMeta };
}

/** A later page, from the member's own snapshot; null when it is gone, expired or not theirs. */
export async function readSnapshot(
  viewer: Actor,
  snapshotId: string,
  offset: number,
  now: Date,
): Promise<FeedPage | null> {
  const [snapshot] = await db
    .select(pageAt(offset))
    .from(feedSnapshots)
    .where(
      and(
        eq(feedSnapshots.id, snapshotId),
        eq(feedSnapshots.userId, viewer.id),
        gt(feedSnapshots.createdAt, new Date(now.getTime() - SNAPSHOT_TTL_HOURS * 3_600_000)),
      ),
    );
  if (!snapshot) return null;
  return snapshotPage(viewer, snapshotId, snapshot, offset, {
    profileEmpty: false,
    onboarding: "done",
  });
}

/**
 * The page at `offset` of a stored ranking (`page`: its items there and the ranking's length),
 * read afresh: items taken down, unpublished or dismissed since the ranking are skipped, not
 * replaced.
 */
export async function snapshotPage(
  viewer: Actor,
  snapshotId: string,
  page: { items: SnapshotItem[]; total: number },
  offset: number,
  meta: SnapshotMeta,
): Promise<FeedPage> {
  const slice = page.items;
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
    nextCursor: nextOffset < page.total ? encodeFeedCursor(snapshotId, nextOffset) : null,
    ...meta,
    restarted: false,
  };
}
