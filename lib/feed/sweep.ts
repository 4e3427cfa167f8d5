// Old feed snapshots go away, and so do change marks no reusable ranking can predate (feed or
// matches) (called by the
// background sweep; no "server-only": instrumentation loads the sweep outside the react-server layer).
import { lt } from "drizzle-orm";
import { db } from "@/db/client";
import { changeMarks, feedSnapshots } from "@/db/schema";

/** Snapshots older than this are swept, and their cursors start the feed over. */
export const SNAPSHOT_TTL_HOURS = 24;

/**
 * A change mark older than this predates every ranking that may still be reused (those are at most
 * RANKING_REUSE_SECONDS old, lib/feed/snapshot.ts), so it can no longer make one stale.
 */
const CHANGE_MARK_TTL_MS = 60 * 60_000;

export async function sweepFeedSnapshots(now = new Date()): Promise<number> {
  const gone = await db
    .delete(feedSnapshots)
    .where(lt(feedSnapshots.createdAt, new Date(now.getTime() - SNAPSHOT_TTL_HOURS * 3_600_000)))
    .returning({ id: feedSnapshots.id });
  await db
    .delete(changeMarks)
    .where(lt(changeMarks.changedAt, new Date(now.getTime() - CHANGE_MARK_TTL_MS)));
  return gone.length;
}
