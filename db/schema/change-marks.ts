// What stored rankings (the feed's, a member's mentor matches) were computed from, and when that last
// changed: kept by triggers (db/migrations, "change marks"), read by lib/change-marks.ts.
import { customType, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** PostgreSQL's 64-bit transaction id. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => "xid8" });

/**
 * The last transaction that changed a scope: `member:<user id>` for a member's own inputs
 * (profile, self-assessment, "not interested", follows, mentorships), `thread:<id>` for a reply in a
 * thread, `content` and `threads` for new feed candidates, `mentors` for anything a mentor match is
 * ranked from. Writers of one scope wait for each other on its row, so the stored transaction is
 * the last to commit: a ranking whose snapshot sees it has seen every earlier change too.
 */
export const changeMarks = pgTable("change_marks", {
  scope: text("scope").primaryKey(),
  xid: xid8("xid").notNull(),
  changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
});
