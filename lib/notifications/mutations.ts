// Marking notifications read and saving preferences; only ever the acting member's own rows.
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { notificationPreferences, notifications, type User } from "@/db/schema";
import type { NotificationPreferencesInput } from "./schemas";
import { notificationTypes } from "./vocabulary";

/** Marks one of the member's notifications read; someone else's id changes nothing (false). */
export async function markRead(
  actor: Pick<User, "id">,
  id: number,
  now = new Date(),
): Promise<boolean> {
  const updated = await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.id, id),
        eq(notifications.recipientId, actor.id),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  return updated.length > 0;
}

/** Marks every unread notification of the member read; returns how many. */
export async function markAllRead(actor: Pick<User, "id">, now = new Date()): Promise<number> {
  const updated = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.recipientId, actor.id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return updated.length;
}

/** Saves a choice for every kind: the kinds listed are on, the rest off. */
export async function setPreferences(
  actor: Pick<User, "id">,
  input: NotificationPreferencesInput,
): Promise<void> {
  const inApp = new Set(input.inApp);
  const email = new Set(input.email);
  await db
    .insert(notificationPreferences)
    .values(
      notificationTypes.map((type) => ({
        userId: actor.id,
        type,
        inApp: inApp.has(type),
        email: email.has(type),
      })),
    )
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.type],
      set: { inApp: sql`excluded.in_app`, email: sql`excluded.email` },
    });
}
