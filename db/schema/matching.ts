// Matching's own state: each member's latest ranking of mentors (lib/matching/queries.ts,
// docs/decisions/021-rank-once.md).
import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * A member's mentor ranking, reused while nothing it was ranked from changed (change_marks
 * `member:<id>` and `mentors`) and it is young enough; replaced by the next ranking.
 */
export const matchRankings = pgTable("match_rankings", {
  userId: uuid("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** [{ userId, score, reasons }] best first, the top MATCH_RANKING_SIZE. */
  items: jsonb("items").notNull(),
  /** When the inputs were read, by the database's clock. */
  rankedAt: timestamp("ranked_at", { withTimezone: true }).notNull().defaultNow(),
  /** The database snapshot the inputs were read under (`pg_current_snapshot()` as text). */
  seen: text("seen").notNull(),
});
