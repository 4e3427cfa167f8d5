import { index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// Fixed-window counters kept in PostgreSQL so limits hold across every server.
export const rateLimitBuckets = pgTable(
  "rate_limit_buckets",
  {
    key: text("key").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull().default(0),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.key, t.windowStart] }),
    index("rate_limit_buckets_expires_at_idx").on(t.expiresAt),
  ],
);
