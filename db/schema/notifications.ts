// Notifications (in-app, and email through the outbox) and each member's preferences per type.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { notificationTypes } from "@/lib/notifications/vocabulary";
import { mentorshipRequests } from "./mentorship";
import { users } from "./users";

export const notificationTypeEnum = pgEnum("notification_type", notificationTypes);

export const notifications = pgTable(
  "notifications",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: notificationTypeEnum("type").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    requestId: uuid("request_id").references(() => mentorshipRequests.id, { onDelete: "cascade" }),
    data: jsonb("data").$type<Record<string, string | number | null>>().notNull().default({}),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("notifications_recipient_idx").on(t.recipientId, t.createdAt, t.id),
    index("notifications_unread_idx")
      .on(t.recipientId)
      .where(sql`${t.readAt} is null`),
  ],
);

export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: notificationTypeEnum("type").notNull(),
    inApp: boolean("in_app").notNull().default(true),
    email: boolean("email").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.type] })],
);

export type Notification = typeof notifications.$inferSelect;
