// The personalised feed: who the reader is (lib/feed/reader.ts), bounded candidates through
// indexes (lib/feed/candidates.ts), the pure ranking (lib/feed/rank.ts), and a snapshot of the
// ranked list so later pages read exactly what the first page ranked and later first pages reuse
// it while its inputs are unchanged (lib/feed/snapshot.ts; docs/decisions/008-feed.md, 021).
import "server-only";
import { contentCandidate, loadCandidates, threadCandidate } from "./candidates";
import { toContentEntry, toThreadEntry, type FeedPage } from "./entries";
import { rankFeed } from "./rank";
import { loadReader } from "./reader";
import {
  decodeFeedCursor,
  encodeFeedCursor,
  FEED_PAGE_SIZE,
  freshRanking,
  readSnapshot,
  saveSnapshot,
  SNAPSHOT_SIZE,
  snapshotPage,
} from "./snapshot";
import type { Actor } from "@/lib/auth/actor";

/**
 * The member's feed. A first page reuses the member's last ranking while nothing it was ranked
 * from has changed (and it is younger than the reuse bound); otherwise it ranks fresh candidates
 * and stores the ranked list. A cursor reads the next slice of the list it came from, so paging
 * has no duplicates or gaps while new items arrive or scores move. Items marked "not interested"
 * since are left out.
 */
export async function getFeed(
  viewer: Actor,
  cursor?: string | null,
  now = new Date(),
): Promise<FeedPage> {
  const position = cursor ? decodeFeedCursor(cursor) : null;
  if (position) {
    const page = await readSnapshot(viewer, position.snapshotId, position.offset, now);
    if (page) return page;
  }
  const restarted = Boolean(cursor);
  const fresh = await freshRanking(viewer);
  if (fresh) {
    return { ...(await snapshotPage(viewer, fresh.id, fresh, 0, fresh.meta)), restarted };
  }
  const reader = await loadReader(viewer);
  const { contentRows, threadRows } = await loadCandidates(viewer, reader);
  const candidates = [
    ...contentRows.map((r) => contentCandidate(r, reader)),
    ...threadRows.map((r) => threadCandidate(r, reader)),
  ].filter((c) => !reader.dismissed.has(`${c.type}:${c.id}`));
  const ranked = rankFeed(reader.person, candidates, reader.signals, now).slice(0, SNAPSHOT_SIZE);

  const contentById = new Map(contentRows.map((r) => [r.id, r]));
  const threadById = new Map(threadRows.map((r) => [r.id, r]));
  const entries = ranked
    .slice(0, FEED_PAGE_SIZE)
    .map((item) =>
      item.type === "content"
        ? toContentEntry(contentById.get(item.id)!, item.reasons)
        : toThreadEntry(threadById.get(item.id)!, item.reasons),
    );
  const meta = {
    profileEmpty: reader.person.pathways.length === 0 && reader.person.stage === null,
    onboarding: reader.onboarding,
  };
  const snapshotId = await saveSnapshot(viewer, ranked, meta, reader.rankedUnder, now);
  return {
    entries,
    nextCursor:
      ranked.length > FEED_PAGE_SIZE ? encodeFeedCursor(snapshotId, FEED_PAGE_SIZE) : null,
    ...meta,
    restarted,
  };
}
