// Old feed snapshots go away (called by the background sweep; no "server-only": instrumentation
// loads the sweep outside the react-server layer).
import { lt } from "drizzle-orm";
import { db } from "@/db/client";
import { feedSnapshots } from "@/db/schema";

/** Snapshots older than this are swept, and their cursors start the feed over. */
export const SNAPSHOT_TTL_HOURS = 24;

export async function sweepFeedSnapshots(now = new Date()): Promise<number> {
  const gone = await db
    .delete(feedSnapshots)
    .where(lt(feedSnapshots.createdAt, new Date(now.getTime() - SNAPSHOT_TTL_HOURS * 3_600_000)))
    .returning({ id: feedSnapshots.id });
  return gone.length;
}
