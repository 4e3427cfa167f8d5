// The feed's own state: "not interested" and ranked snapshots (lib/feed/*, docs/decisions/008-feed.md).
import { sql } from "drizzle-orm";
import {
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const feedItemTypeEnum = pgEnum("feed_item_type", ["content", "thread"]);

/** "Not interested": the item leaves the member's feed; items sharing its tags rank lower. */
export const feedDismissals = pgTable(
  "feed_dismissals",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    itemType: feedItemTypeEnum("item_type").notNull(),
    itemId: uuid("item_id").notNull(),
    /** The item's tags when dismissed ("pathway:eb1a", "criterion:judging", "kind:opportunity"). */
    tags: text("tags")
      .array()
      .notNull()
      .default(sql`'{}'`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.itemType, t.itemId] }),
    index("feed_dismissals_user_created_idx").on(t.userId, t.createdAt),
  ],
);

/**
 * A ranked feed, computed on the first page and read by the next ones, so paging is stable while
 * new items arrive and scores move. Old snapshots are swept after a day.
 */
export const feedSnapshots = pgTable(
  "feed_snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** [{ t: "content" | "thread", id, s: score, r: reason codes }] in rank order. */
    items: jsonb("items").notNull(),
    /** What page 1 shows beside the items: the onboarding state and whether the profile is empty. */
    meta: jsonb("meta").notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the candidates were read, by the database's clock (a ranking is reused 10 minutes at most). */
    rankedAt: timestamp("ranked_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * The database snapshot the ranking was read under (`pg_current_snapshot()` as text): a later
     * first page reuses the ranking while every change mark it depends on (change_marks) was
     * already visible to it. Null: never reused.
     */
    seen: text("seen"),
  },
  (t) => [
    index("feed_snapshots_created_idx").on(t.createdAt),
    index("feed_snapshots_user_ranked_idx").on(t.userId, t.rankedAt),
  ],
);
