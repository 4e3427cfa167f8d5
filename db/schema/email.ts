import { sql } from "drizzle-orm";
import { bigint, index, integer, pgEnum, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const emailStatus = pgEnum("email_status", ["pending", "sent", "failed"]);

// Transactional outbox: an email is written with the change that causes it, and delivered after.
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    kind: text("kind").notNull(),
    status: emailStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    index("email_outbox_pending_idx").on(t.status, t.nextAttemptAt),
    index("email_outbox_created_idx").on(t.createdAt, t.id),
    // A member's own mail, for their data export (and erasure).
    index("email_outbox_to_idx").on(sql`lower(${t.to})`, t.id),
  ],
);

export type OutboxEmail = typeof emailOutbox.$inferSelect;
