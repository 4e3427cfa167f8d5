// Moderation (docs/architecture.md): members' reports, the review queue (one open item per target
// and kind), decisions that affect a person (appealable once), appeals and their emailed links.
// Every moderation write also writes the audit log, in the same transaction (lib/audit.ts).
import { sql } from "drizzle-orm";
import {
  check,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import {
  appealStatuses,
  decisionActions,
  queueItemKinds,
  reportReasons,
  reportStatuses,
  reportTargetTypes,
} from "@/lib/moderation/vocabulary";
import { users } from "./users";

export const reportTargetEnum = pgEnum("report_target", reportTargetTypes);
export const reportReasonEnum = pgEnum("report_reason", reportReasons);
export const reportStatusEnum = pgEnum("report_status", reportStatuses);
export const queueItemKindEnum = pgEnum("queue_item_kind", queueItemKinds);
export const decisionActionEnum = pgEnum("decision_action", decisionActions);
export const appealStatusEnum = pgEnum("appeal_status", appealStatuses);

/** One report per member per target; the reporter is told the outcome. */
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reporterId: uuid("reporter_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    targetType: reportTargetEnum("target_type").notNull(),
    /** A uuid, or a message's numeric id, as text. */
    targetId: text("target_id").notNull(),
    /** Whose thing it is (null for a deleted account): "reports against" a member. */
    targetUserId: uuid("target_user_id").references(() => users.id, { onDelete: "set null" }),
    reason: reportReasonEnum("reason").notNull(),
    details: text("details"),
    status: reportStatusEnum("status").notNull().default("open"),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("reports_one_per_member").on(t.reporterId, t.targetType, t.targetId),
    index("reports_target_idx").on(t.targetType, t.targetId, t.status),
    index("reports_target_user_idx").on(t.targetUserId, t.createdAt),
    index("reports_reporter_idx").on(t.reporterId, t.createdAt),
    check("reports_details_length", sql`${t.details} is null or char_length(${t.details}) <= 1000`),
    check("reports_other_needs_details", sql`${t.reason} <> 'other' or ${t.details} is not null`),
  ],
);

/**
 * The review queue: reports on a target, automatic holds and appeals. At most one open item per
 * target and kind (a partial unique index), so concurrent reports join the same item.
 */
export const queueItems = pgTable(
  "moderation_queue_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: queueItemKindEnum("kind").notNull(),
    targetType: reportTargetEnum("target_type").notNull(),
    targetId: text("target_id").notNull(),
    targetUserId: uuid("target_user_id").references(() => users.id, { onDelete: "set null" }),
    /** Why an automatic hold was made ("sensitive_number", "reported_by_3", "premoderation"). */
    holdReason: text("hold_reason"),
    /** For an appeal: the decision appealed. */
    decisionId: uuid("decision_id").references((): AnyPgColumn => moderationDecisions.id, {
      onDelete: "cascade",
    }),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: uuid("closed_by").references(() => users.id, { onDelete: "set null" }),
    /** What was decided, in words the reporter and author can read. */
    outcome: text("outcome"),
  },
  (t) => [
    uniqueIndex("queue_one_open_per_target")
      .on(t.kind, t.targetType, t.targetId)
      .where(sql`${t.closedAt} is null`),
    index("queue_open_idx")
      .on(t.openedAt)
      .where(sql`${t.closedAt} is null`),
    index("queue_target_idx").on(t.targetType, t.targetId),
  ],
);

/**
 * A decision that affects a person (content hidden or removed, a warning, a suspension, a ban),
 * with the reason they are shown. Each can be appealed once.
 */
export const moderationDecisions = pgTable(
  "moderation_decisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    subjectUserId: uuid("subject_user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    action: decisionActionEnum("action").notNull(),
    targetType: reportTargetEnum("target_type"),
    targetId: text("target_id"),
    reason: text("reason").notNull(),
    /** Suspensions: when it ends (null: until restored). */
    until: timestamp("until", { withTimezone: true }),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** Set when a later action (restore, lifting a suspension) reverses it. */
    reversedAt: timestamp("reversed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("decisions_subject_idx").on(t.subjectUserId, t.createdAt),
    index("decisions_target_idx").on(t.targetType, t.targetId),
    check("decisions_reason_length", sql`char_length(${t.reason}) between 1 and 1000`),
  ],
);

/** One appeal per decision, by the person it affects. */
export const appeals = pgTable(
  "appeals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => moderationDecisions.id, { onDelete: "cascade" }),
    appellantId: uuid("appellant_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    status: appealStatusEnum("status").notNull().default("open"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    response: text("response"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("appeals_one_per_decision").on(t.decisionId),
    index("appeals_appellant_idx").on(t.appellantId, t.createdAt),
    check("appeals_text_length", sql`char_length(${t.text}) between 10 and 2000`),
  ],
);

export type Report = typeof reports.$inferSelect;
export type QueueItem = typeof queueItems.$inferSelect;
export type ModerationDecision = typeof moderationDecisions.$inferSelect;
export type Appeal = typeof appeals.$inferSelect;

/**
 * The emailed link that lets a suspended or banned person appeal without signing in. Only a
 * SHA-256 of its token is kept; a newer link for the same person revokes the older ones.
 */
export const appealLinks = pgTable(
  "appeal_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    decisionId: uuid("decision_id")
      .notNull()
      .references(() => moderationDecisions.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("appeal_links_token_hash").on(t.tokenHash),
    index("appeal_links_user_idx").on(t.userId),
  ],
);
