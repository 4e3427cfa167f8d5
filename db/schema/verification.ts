// Mentors' verification evidence: the files behind a case record, reviewed by admins.
import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { caseRecords } from "./profiles";
import { users } from "./users";

/**
 * A mentor's evidence for a case record (a redacted approval notice). The bytes live in storage
 * (local disk by default, or S3-compatible); this row is the only way to reach them.
 */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    caseRecordId: uuid("case_record_id")
      .notNull()
      .references(() => caseRecords.id, { onDelete: "cascade" }),
    storageKey: text("storage_key").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: bigint("size", { mode: "number" }).notNull(),
    /** The mentor's note to the reviewer. */
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Deleted after the decision (the row stays for the audit trail; the bytes are gone). */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("evidence_files_storage_key").on(t.storageKey),
    index("evidence_files_case_idx").on(t.caseRecordId, t.createdAt),
    check("evidence_files_size", sql`${t.size} > 0 and ${t.size} <= 10485760`),
    check("evidence_files_note_length", sql`${t.note} is null or char_length(${t.note}) <= 1000`),
  ],
);

export type EvidenceFile = typeof evidenceFiles.$inferSelect;
