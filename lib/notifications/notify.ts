// Writes a notification in the transaction of the event that causes it, and its email to the
// outbox, each as the recipient's preferences allow.
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notificationPreferences, notifications, users } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import { absoluteUrl } from "@/lib/env";
import { emailByDefault, type NotificationType } from "./types";

export interface NotificationInput {
  recipientId: string;
  type: NotificationType;
  actorId?: string | null;
  requestId?: string | null;
  /** Short facts for the text (names, dates); never case details. */
  data?: Record<string, string | number | null>;
  /** The email's subject and first paragraph; no email is sent without them. */
  email?: { subject: string; text: string; path: string };
}

export async function notify(tx: Tx, input: NotificationInput): Promise<void> {
  const [row] = await tx
    .select({
      email: users.email,
      inApp: notificationPreferences.inApp,
      wantsEmail: notificationPreferences.email,
    })
    .from(users)
    .leftJoin(
      notificationPreferences,
      and(
        eq(notificationPreferences.userId, users.id),
        eq(notificationPreferences.type, input.type),
      ),
    )
    .where(eq(users.id, input.recipientId));
  if (!row) return;
  if (row.inApp ?? true) {
    await tx.insert(notifications).values({
      recipientId: input.recipientId,
      type: input.type,
      actorId: input.actorId ?? null,
      requestId: input.requestId ?? null,
      data: input.data ?? {},
    });
  }
  if (input.email && (row.wantsEmail ?? emailByDefault.has(input.type))) {
    const link = absoluteUrl(input.email.path);
    await enqueueEmail(tx, {
      to: row.email,
      kind: input.type,
      subject: input.email.subject,
      text: `${input.email.text}\n\n${link}\n\nChange which emails you get: ${absoluteUrl("/settings#notifications")}\n\n— Landed\nLanded is a community, not a law firm: nothing here is legal advice.`,
    });
  }
}
