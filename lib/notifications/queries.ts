// Reading a member's notifications and preferences; each query is scoped to the acting member.
import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { decodeJsonCursor, encodeJsonCursor, pgTimestamp, keysetPage } from "@/lib/cursor";
import { db } from "@/db/client";
import { notificationPreferences, notifications, users, type User } from "@/db/schema";
import { describeNotification } from "./text";
import { aboutVisibleThings, unreadCountSql } from "./unread";
import {
  emailByDefault,
  notificationTypeLabels,
  notificationTypes,
  type NotificationType,
} from "./vocabulary";

export const NOTIFICATIONS_PAGE_SIZE = 20;

export interface NotificationItem {
  id: number;
  type: NotificationType;
  text: string;
  href: string;
  createdAt: Date;
  read: boolean;
}

/*
 * Keyset cursor (created_at, id). lib/cursor.ts keys rows by uuid; notifications have bigint ids,
 * so this module keeps its own cursor of the same shape (base64url JSON, validated on the way in).
 */
const cursorSchema = z.strictObject({
  t: pgTimestamp,
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
type NotificationCursor = z.infer<typeof cursorSchema>;

export function encodeNotificationCursor(cursor: NotificationCursor): string {
  return encodeJsonCursor(cursor);
}

/** The cursor, or undefined for anything missing, damaged or forged (the list starts over). */
export function decodeNotificationCursor(value: string | undefined | null) {
  return decodeJsonCursor(value, cursorSchema, 200);
}

/** The member's notifications, newest first, 20 a page; `cursor` is the last page's nextCursor. */
export async function listNotifications(
  actor: Pick<User, "id">,
  cursor?: string | null,
): Promise<{ items: NotificationItem[]; nextCursor: string | null }> {
  const after = decodeNotificationCursor(cursor);
  const rows = await db
    .select({
      id: notifications.id,
      type: notifications.type,
      requestId: notifications.requestId,
      data: notifications.data,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      createdAtText: sql<string>`${notifications.createdAt}::text`,
      actorName: users.displayName,
    })
    .from(notifications)
    .leftJoin(users, eq(users.id, notifications.actorId))
    .where(
      and(
        eq(notifications.recipientId, actor.id),
        aboutVisibleThings(actor.id),
        after
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${after.t}::timestamptz, ${after.id})`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE + 1);
  const { page, nextCursor } = keysetPage(rows, NOTIFICATIONS_PAGE_SIZE, (last) =>
    encodeNotificationCursor({ t: last.createdAtText, id: last.id }),
  );
  return {
    items: page.map((row) => ({
      id: row.id,
      type: row.type,
      createdAt: row.createdAt,
      read: row.readAt !== null,
      ...describeNotification({
        type: row.type,
        requestId: row.requestId,
        actorName: row.actorName,
        data: row.data,
      }),
    })),
    nextCursor,
  };
}

/** How many of the member's notifications are unread (served by the partial unread index). */
export async function unreadCount(actor: Pick<User, "id">): Promise<number> {
  const [row] = await db.select({ n: unreadCountSql(actor.id) }).from(sql`(select 1) as one`);
  return row?.n ?? 0;
}

export interface NotificationPreference {
  type: NotificationType;
  label: string;
  inApp: boolean;
  email: boolean;
}

/** Every kind of notification with the member's choice, or the default where they made none. */
export async function getPreferences(actor: Pick<User, "id">): Promise<NotificationPreference[]> {
  const rows = await db
    .select({
      type: notificationPreferences.type,
      inApp: notificationPreferences.inApp,
      email: notificationPreferences.email,
    })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, actor.id));
  const chosen = new Map(rows.map((row) => [row.type, row]));
  return notificationTypes.map((type) => ({
    type,
    label: notificationTypeLabels[type],
    inApp: chosen.get(type)?.inApp ?? true,
    email: chosen.get(type)?.email ?? emailByDefault.has(type),
  }));
}
