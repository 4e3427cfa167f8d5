// Reusing a stored ranking safely (docs/decisions/021-rank-once.md): a ranking records the database
// snapshot its inputs were read under, and stays good while every change mark of the scopes it
// depends on (change_marks, kept by triggers) was already visible in that snapshot.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { changeMarks } from "@/db/schema";

/** A stored ranking is reused for at most this long: scores also move with votes, replies and age. */
export const RANKING_REUSE_SECONDS = 600;

/** When, and under which database snapshot, a ranking's inputs were read. */
export interface ReadMoment {
  rankedAt: Date;
  /** `pg_current_snapshot()` as text; null or empty: the ranking is never reused. */
  seen: string | null;
}

/** Selected with a ranking's inputs: when, and under which snapshot, they were read. */
export const readMoment = {
  rankedAt: sql<Date>`now()`.mapWith((v: string | Date) => new Date(v)),
  seen: sql<string>`pg_current_snapshot()::text`,
};

/**
 * True where the ranking (its `rankedAt` and `seen` columns) is young enough and no mark of the
 * given scopes changed after its snapshot. `scopes` is an SQL expression of a text set, e.g.
 * sql`select 'member:' || ...`; `fixed` are literal scope names.
 */
export function stillFresh(
  ranking: { rankedAt: SQL | unknown; seen: SQL | unknown },
  fixed: string[],
  extra?: SQL,
): SQL {
  const scopes = sql.join(
    fixed.map((s) => sql`${s}`),
    sql`, `,
  );
  // One array of scope names, looked up through the primary key: an OR with a subquery made
  // PostgreSQL read the whole table, whose pages every write's mark updates leave behind
  // (14 ms a feed view once writes had grown it to 35 MB; docs/decisions/024).
  const names = extra
    ? sql`array[${scopes}]::text[] || array(${extra})`
    : sql`array[${scopes}]::text[]`;
  return sql`(${ranking.rankedAt} > now() - make_interval(secs => ${RANKING_REUSE_SECONDS})
    and not exists (
      select 1 from ${changeMarks}
      where ${changeMarks.scope} = any(${names})
        and not pg_visible_in_snapshot(${changeMarks.xid}, ${ranking.seen}::pg_snapshot)))`;
}
