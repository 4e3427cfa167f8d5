// A member's data exports (docs/decisions/015-data-export.md): requested → building → ready →
// expired, or failed. The ZIP lives in file storage under storage_key, never in the database.
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

export const dataExportStates = ["requested", "building", "ready", "expired", "failed"] as const;
export const dataExportStateEnum = pgEnum("data_export_state", dataExportStates);

export const dataExports = pgTable(
  "data_exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    state: dataExportStateEnum("state").notNull().default("requested"),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the current build claimed it; a build older than the lease may be claimed again. */
    startedAt: timestamp("started_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    readyAt: timestamp("ready_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    /** Kept after expiry or failure until the sweep has deleted the file. */
    storageKey: text("storage_key"),
    size: bigint("size", { mode: "number" }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
    /** What the member reads on a failed export (never an internal error). */
    error: text("error"),
  },
  (t) => [
    // One export in progress per member at a time.
    uniqueIndex("data_exports_one_in_progress")
      .on(t.userId)
      .where(sql`${t.state} in ('requested', 'building')`),
    uniqueIndex("data_exports_storage_key").on(t.storageKey),
    index("data_exports_user_idx").on(t.userId, t.requestedAt),
    index("data_exports_due_idx")
      .on(t.requestedAt)
      .where(sql`${t.state} in ('requested', 'building')`),
    index("data_exports_ready_idx")
      .on(t.expiresAt)
      .where(sql`${t.state} = 'ready'`),
    check(
      "data_exports_ready_has_file",
      sql`${t.state} <> 'ready' or (${t.storageKey} is not null and ${t.size} is not null and ${t.readyAt} is not null and ${t.expiresAt} > ${t.readyAt})`,
    ),
    check(
      "data_exports_in_progress_has_no_file",
      sql`${t.state} not in ('requested', 'building') or ${t.storageKey} is null`,
    ),
    check(
      "data_exports_building_started",
      sql`${t.state} <> 'building' or ${t.startedAt} is not null`,
    ),
    check(
      "data_exports_expired_was_ready",
      sql`${t.state} <> 'expired' or ${t.expiresAt} is not null`,
    ),
    check(
      "data_exports_failed_says_why",
      sql`${t.state} <> 'failed' or (${t.error} is not null and ${t.failedAt} is not null)`,
    ),
    check("data_exports_error_length", sql`char_length(${t.error}) <= 500`),
    check("data_exports_size", sql`${t.size} is null or ${t.size} > 0`),
    check("data_exports_attempts", sql`${t.attempts} >= 0`),
  ],
);

export type DataExport = typeof dataExports.$inferSelect;
export type DataExportState = (typeof dataExportStates)[number];
