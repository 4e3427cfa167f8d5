// Writes a notification in the transaction of the event that causes it, and its email to the
// outbox, each as the recipient's preferences allow.
import { and, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notificationPreferences, notifications, users } from "@/db/schema";
import { enqueueEmails } from "@/lib/email/outbox";
import { absoluteUrl } from "@/lib/env";
import { emailByDefault, type NotificationType } from "./vocabulary";

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
  await notifyMany(tx, [input]);
}

/**
 * Several notifications in one go (a reply's followers): one read of the recipients and their
 * preferences, one insert of the notifications and one of the emails, however many there are.
 */
export async function notifyMany(tx: Tx, inputs: readonly NotificationInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const recipientIds = [...new Set(inputs.map((i) => i.recipientId))];
  const types = [...new Set(inputs.map((i) => i.type))];
  const rows = await tx
    .select({
      id: users.id,
      email: users.email,
      type: notificationPreferences.type,
      inApp: notificationPreferences.inApp,
      wantsEmail: notificationPreferences.email,
    })
    .from(users)
    .leftJoin(
      notificationPreferences,
      and(
        eq(notificationPreferences.userId, users.id),
        inArray(notificationPreferences.type, types),
      ),
    )
    .where(inArray(users.id, recipientIds));
  const emailOf = new Map(rows.map((r) => [r.id, r.email]));
  const preference = new Map(
    rows
      .filter((r) => r.type)
      .map((r) => [`${r.id}:${r.type}`, { inApp: r.inApp, email: r.wantsEmail }]),
  );
  const inApp = [];
  const emails = [];
  for (const input of inputs) {
    const to = emailOf.get(input.recipientId);
    if (!to) continue;
    const chosen = preference.get(`${input.recipientId}:${input.type}`);
    if (chosen?.inApp ?? true) {
      inApp.push({
        recipientId: input.recipientId,
        type: input.type,
        actorId: input.actorId ?? null,
        requestId: input.requestId ?? null,
        data: input.data ?? {},
      });
    }
    if (input.email && (chosen?.email ?? emailByDefault.has(input.type))) {
      const link = absoluteUrl(input.email.path);
      emails.push({
        to,
        kind: input.type,
        subject: input.email.subject,
        text: `${input.email.text}\n\n${link}\n\nChange which emails you get: ${absoluteUrl("/settings#notifications")}\n\n— Landed\nLanded is a community, not a law firm: nothing here is legal advice.`,
      });
    }
  }
  if (inApp.length) await tx.insert(notifications).values(inApp);
  if (emails.length) await enqueueEmails(tx, emails);
}
