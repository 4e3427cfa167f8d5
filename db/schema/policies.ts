// Which version of the terms, privacy notice and guidelines each member accepted, and when.
import { sql } from "drizzle-orm";
import { bigint, check, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// Append-only: a trigger refuses UPDATE (migration …_policy_acceptances_append_only); rows go only
// with their account.
export const policyAcceptances = pgTable(
  "policy_acceptances",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    version: text("version").notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // Accepting the same version twice (a double submit) keeps the first record.
    uniqueIndex("policy_acceptances_user_version").on(t.userId, t.version),
    check("policy_acceptances_version_format", sql`${t.version} ~ '^\\d{4}-\\d{2}-\\d{2}$'`),
  ],
);

export type PolicyAcceptance = typeof policyAcceptances.$inferSelect;
