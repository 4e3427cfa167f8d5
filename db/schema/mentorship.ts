// Mentorship requests and the mentorship they become (an accepted request is the mentorship).
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
} from "drizzle-orm/pg-core";
import { requestStates, declineReasons } from "@/lib/mentorship/vocabulary";
import { timestamps } from "./columns";
import { mentorProfiles } from "./profiles";
import { users } from "./users";

export const requestStateEnum = pgEnum("request_state", requestStates);
export const declineReasonEnum = pgEnum("decline_reason", declineReasons);

export const mentorshipRequests = pgTable(
  "mentorship_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    applicantId: uuid("applicant_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    mentorId: uuid("mentor_id")
      .notNull()
      .references(() => mentorProfiles.userId, { onDelete: "cascade" }),
    goals: text("goals").notNull(),
    message: text("message").notNull(),
    /** As stored; a pending or info_requested request past its deadline reads as expired. */
    state: requestStateEnum("state").notNull().default("pending"),
    deadlineAt: timestamp("deadline_at", { withTimezone: true }).notNull(),
    infoQuestion: text("info_question"),
    infoAnswer: text("info_answer"),
    declineReason: declineReasonEnum("decline_reason"),
    declineText: text("decline_text"),
    /** When the mentor first answered (accept, decline or a question): response-time statistics. */
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    endedBy: uuid("ended_by").references(() => users.id, { onDelete: "set null" }),
    // Set by the background sweep that sends each notice once, whichever server runs it.
    reminderSentAt: timestamp("reminder_sent_at", { withTimezone: true }),
    expiryNotifiedAt: timestamp("expiry_notified_at", { withTimezone: true }),
    feedbackAskedAt: timestamp("feedback_asked_at", { withTimezone: true }),
    /** Sent with the form, so a double submit finds the first request instead of making another. */
    idempotencyKey: text("idempotency_key").notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("mentorship_requests_one_open_per_pair")
      .on(t.applicantId, t.mentorId)
      .where(sql`${t.state} in ('pending', 'info_requested')`),
    uniqueIndex("mentorship_requests_idempotency").on(t.applicantId, t.idempotencyKey),
    index("mentorship_requests_applicant_idx").on(t.applicantId, t.createdAt),
    index("mentorship_requests_mentor_idx").on(t.mentorId, t.state, t.createdAt),
    index("mentorship_requests_deadline_idx")
      .on(t.deadlineAt)
      .where(sql`${t.state} in ('pending', 'info_requested')`),
    check("mentorship_requests_not_self", sql`${t.applicantId} <> ${t.mentorId}`),
    check("mentorship_requests_goals_length", sql`char_length(${t.goals}) between 1 and 2000`),
    check("mentorship_requests_message_length", sql`char_length(${t.message}) between 1 and 2000`),
    check(
      "mentorship_requests_decline_has_reason",
      sql`${t.state} <> 'declined' or ${t.declineReason} is not null`,
    ),
  ],
);

export type MentorshipRequest = typeof mentorshipRequests.$inferSelect;
