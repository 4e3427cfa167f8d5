// The private space of an accepted request: messages, the evidence checklist, goals, feedback.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { checklistStatuses } from "@/lib/mentorship/vocabulary";
import { timestamps } from "./columns";
import { mentorshipRequests } from "./mentorship";
import { pathwayEnum } from "./profiles";
import { users } from "./users";

export const checklistStatusEnum = pgEnum("checklist_status", checklistStatuses);

export const mentorshipMessages = pgTable(
  "mentorship_messages",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => mentorshipRequests.id, { onDelete: "cascade" }),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("mentorship_messages_request_idx").on(t.requestId, t.createdAt, t.id),
    check("mentorship_messages_body_length", sql`char_length(${t.body}) between 1 and 5000`),
  ],
);

export const checklistItems = pgTable(
  "checklist_items",
  {
    requestId: uuid("request_id")
      .notNull()
      .references(() => mentorshipRequests.id, { onDelete: "cascade" }),
    pathway: pathwayEnum("pathway").notNull(),
    criterion: text("criterion").notNull(),
    status: checklistStatusEnum("status").notNull().default("not_started"),
    applicantNote: text("applicant_note"),
    mentorComment: text("mentor_comment"),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.pathway, t.criterion] }),
    check("checklist_note_length", sql`char_length(${t.applicantNote}) <= 1000`),
    check("checklist_comment_length", sql`char_length(${t.mentorComment}) <= 1000`),
  ],
);

export const mentorshipGoals = pgTable(
  "mentorship_goals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("request_id")
      .notNull()
      .references(() => mentorshipRequests.id, { onDelete: "cascade" }),
    text: text("text").notNull(),
    dueDate: date("due_date", { mode: "string" }),
    done: boolean("done").notNull().default(false),
    ...timestamps,
  },
  (t) => [
    index("mentorship_goals_request_idx").on(t.requestId, t.createdAt),
    check("mentorship_goals_text_length", sql`char_length(${t.text}) between 1 and 500`),
  ],
);

export const mentorshipFeedback = pgTable(
  "mentorship_feedback",
  {
    requestId: uuid("request_id")
      .primaryKey()
      .references(() => mentorshipRequests.id, { onDelete: "cascade" }),
    rating: integer("rating").notNull(),
    text: text("text"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("mentorship_feedback_rating", sql`${t.rating} between 1 and 5`),
    check("mentorship_feedback_text_length", sql`char_length(${t.text}) <= 2000`),
  ],
);

export type MentorshipMessage = typeof mentorshipMessages.$inferSelect;
export type ChecklistItem = typeof checklistItems.$inferSelect;
export type MentorshipGoal = typeof mentorshipGoals.$inferSelect;
