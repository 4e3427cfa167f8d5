// A member's mentor ranking, stored and reused while nothing it was ranked from changed
// (docs/decisions/021-rank-once.md): ranking every mentor on every view of /mentors cost more CPU
// than the rest of the page.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { matchRankings, users } from "@/db/schema";
import { readMoment, stillFresh, type ReadMoment } from "@/lib/change-marks";
import type { RankedMentor } from "./rank";
import type { Actor } from "@/lib/auth/actor";

/** How many mentors a stored ranking keeps: the page shows 20. */
export const MATCH_RANKING_SIZE = 50;

/**
 * The member's stored ranking if still good, and in any case the moment (database clock and
 * snapshot) to record with a new one: taken here, before the inputs are read, so a change that
 * lands while they are read makes the new ranking stale rather than silently missing.
 */
export async function storedRankingOrMoment(
  actor: Actor,
): Promise<{ ranked: RankedMentor[] | null; moment: ReadMoment }> {
  const fresh = stillFresh(matchRankings, [`member:${actor.id}`, "mentors"]);
  const [row] = await db
    .select({
      ...readMoment,
      ranked: sql<RankedMentor[] | null>`(select ${matchRankings.items} from ${matchRankings}
        where ${matchRankings.userId} = ${users.id} and ${fresh})`,
    })
    .from(users)
    .where(eq(users.id, actor.id));
  return {
    ranked: row?.ranked ?? null,
    moment: { rankedAt: row?.rankedAt ?? new Date(0), seen: row?.seen ?? "" },
  };
}

/** Keeps the member's new ranking (replacing the last), with the moment its inputs were read. */
export async function storeRanking(
  actor: Actor,
  ranked: RankedMentor[],
  moment: ReadMoment,
): Promise<void> {
  if (!moment.seen) return;
  const values = { items: ranked, rankedAt: moment.rankedAt, seen: moment.seen };
  await db
    .insert(matchRankings)
    .values({ userId: actor.id, ...values })
    .onConflictDoUpdate({ target: matchRankings.userId, set: values });
}
