// Erasure, the records about the member that stay: notifications, moderation records, the email
// outbox and the audit log lose their name, handle and email (lib/privacy/erasure.ts runs these in
// its transaction). No "server-only": the background sweep runs outside the react-server layer.
import { and, eq, isNotNull, or, sql, type SQL } from "drizzle-orm";
import { type Tx } from "@/db/client";
import { auditLog, emailOutbox, notifications, queueItems, reports, type User } from "@/db/schema";
import { FORMER_MEMBER, withoutIdentity, type Identity } from "./identity";

import { mentions } from "./erase-writing";

/** A JSON value with every string scrubbed (notification data, audit rows). */
function scrubJson<T>(value: T, who: Identity): T {
  if (value === null || value === undefined) return value;
  return JSON.parse(
    JSON.stringify(value, (_key, v: unknown) =>
      typeof v === "string" ? withoutIdentity(v, who) : v,
    ),
  ) as T;
}

/** Others' notifications about the member: their name becomes "a former member". */
export async function scrubNotifications(tx: Tx, user: User, who: Identity): Promise<void> {
  const rows = await tx
    .select({ id: notifications.id, actorId: notifications.actorId, data: notifications.data })
    .from(notifications)
    .where(or(eq(notifications.actorId, user.id), mentions(sql`${notifications.data}::text`, who)));
  for (const n of rows) {
    const data = scrubJson(n.data, who);
    const byThem = n.actorId === user.id;
    if (byThem && typeof data.name === "string") data.name = FORMER_MEMBER;
    await tx
      .update(notifications)
      .set({ data, ...(byThem ? { actorId: null } : {}) })
      .where(eq(notifications.id, n.id));
  }
}

/** Queue items and reports about the member keep their outcome, without the member's name. */
export async function scrubModeration(tx: Tx, user: User, who: Identity): Promise<void> {
  const items = await tx
    .select({ id: queueItems.id, outcome: queueItems.outcome })
    .from(queueItems)
    .where(
      and(
        isNotNull(queueItems.outcome),
        or(
          eq(queueItems.targetUserId, user.id),
          mentions(sql`coalesce(${queueItems.outcome}, '')`, who),
        ),
      ),
    );
  for (const item of items) {
    await tx
      .update(queueItems)
      .set({ outcome: withoutIdentity(item.outcome ?? "", who) })
      .where(eq(queueItems.id, item.id));
  }
  // Done here rather than by the user's delete (see eraseAccount): rows this transaction touched.
  await tx
    .update(queueItems)
    .set({ targetUserId: null })
    .where(eq(queueItems.targetUserId, user.id));
  await tx.update(queueItems).set({ closedBy: null }).where(eq(queueItems.closedBy, user.id));
  await tx.update(reports).set({ targetUserId: null }).where(eq(reports.targetUserId, user.id));
}

/** Mail to the member goes; mail to others that names them keeps its words without the name. */
export async function scrubOutbox(tx: Tx, who: Identity): Promise<void> {
  await tx.delete(emailOutbox).where(eq(sql`lower(${emailOutbox.to})`, who.email.toLowerCase()));
  const rows = await tx
    .select({ id: emailOutbox.id, subject: emailOutbox.subject, text: emailOutbox.text })
    .from(emailOutbox)
    .where(or(mentions(emailOutbox.subject, who), mentions(emailOutbox.text, who)));
  for (const row of rows) {
    await tx
      .update(emailOutbox)
      .set({ subject: withoutIdentity(row.subject, who), text: withoutIdentity(row.text, who) })
      .where(eq(emailOutbox.id, row.id));
  }
}

/**
 * Audit rows by or about the member keep everything but the member's name, handle and email in
 * their free text (through audit_log_redact, the one change the append-only trigger allows here).
 */
export async function scrubAudit(tx: Tx, who: Identity): Promise<void> {
  const rows = await tx
    .select()
    .from(auditLog)
    .where(
      or(
        mentions(sql`coalesce(${auditLog.reason}, '')`, who),
        mentions(sql`coalesce(${auditLog.before}::text, '')`, who),
        mentions(sql`coalesce(${auditLog.after}::text, '')`, who),
        mentions(sql`coalesce(${auditLog.metadata}::text, '')`, who),
      ),
    );
  for (const row of rows) {
    await tx.execute(
      sql`select audit_log_redact(${row.id}, ${row.reason === null ? null : withoutIdentity(row.reason, who)}, ${jsonParam(scrubJson(row.before, who))}, ${jsonParam(scrubJson(row.after, who))}, ${jsonParam(scrubJson(row.metadata, who))})`,
    );
  }
}

/** Reports and queue items about the member's profile go with the profile. */
export async function forgetProfileReports(tx: Tx, user: User): Promise<void> {
  await tx
    .delete(reports)
    .where(and(eq(reports.targetType, "profile"), eq(reports.targetId, user.id)));
  await tx
    .delete(queueItems)
    .where(and(eq(queueItems.targetType, "profile"), eq(queueItems.targetId, user.id)));
}

function jsonParam(value: unknown): SQL {
  return value === null || value === undefined
    ? sql`null::jsonb`
    : sql`${JSON.stringify(value)}::jsonb`;
}
