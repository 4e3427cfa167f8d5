// Email is written to the outbox inside the transaction that causes it, then delivered by SMTP
// when SMTP_URL is set; without it the outbox is the mailbox (the dev-only /dev/outbox page reads it).
// Once a message is sent (or given up on) its stored copy keeps no usable link, and every row is
// deleted 30 days after it was written (docs/security.md #28).
import { desc, eq, lt, sql } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { db, type Tx } from "@/db/client";
import { emailOutbox, type OutboxEmail } from "@/db/schema";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  kind: string;
}

export async function enqueueEmail(tx: Tx, message: EmailMessage): Promise<void> {
  await enqueueEmails(tx, [message]);
}

/** Several emails in one insert (a notification fan-out). */
export async function enqueueEmails(tx: Tx, messages: readonly EmailMessage[]): Promise<void> {
  if (messages.length) await tx.insert(emailOutbox).values([...messages]);
}

const MAX_ATTEMPTS = 5;
/** Every outbox row, sent or not, is deleted this long after it was written. */
export const OUTBOX_RETENTION_DAYS = 30;

// A link that carries a secret: email confirmation, password reset, appeal.
const SECRET_LINK = /https?:\/\/\S+[?&]token=[^\s&]+\S*/g;

/** The text to keep once a message has left: the same words, without any usable link. */
export function withoutSecretLinks(text: string): string {
  return text.replace(SECRET_LINK, "[link removed after sending]");
}
// A claimed row is hidden from other senders for this long; a crash mid-send means a retry then.
const LEASE_SECONDS = 120;
const globalStore = globalThis as unknown as { __landedMailer?: Transporter };

function mailer(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  // Timeouts well under the lease, so a silent SMTP server cannot hold a row past it.
  globalStore.__landedMailer ??= nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return globalStore.__landedMailer;
}

/** Takes the next due email in one statement (SKIP LOCKED: two servers never take the same row). */
async function claimNextEmail(): Promise<OutboxEmail | undefined> {
  const due = sql`(select ${emailOutbox.id} from ${emailOutbox}
    where ${emailOutbox.status} = 'pending' and ${emailOutbox.nextAttemptAt} <= now()
    order by ${emailOutbox.nextAttemptAt} limit 1 for update skip locked)`;
  const [row] = await db
    .update(emailOutbox)
    .set({
      attempts: sql`${emailOutbox.attempts} + 1`,
      nextAttemptAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
    })
    .where(eq(emailOutbox.id, due))
    .returning();
  return row;
}

/** Sends what is due, outside any transaction: no row lock is held while talking to SMTP. */
export async function deliverPendingEmails(limit = 20): Promise<number> {
  const transport = mailer();
  if (!transport) return 0;
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const row = await claimNextEmail();
    if (!row) break;
    try {
      await transport.sendMail({
        from: env().EMAIL_FROM,
        to: row.to,
        subject: row.subject,
        text: row.text,
      });
      await db
        .update(emailOutbox)
        .set({ status: "sent", sentAt: new Date(), text: withoutSecretLinks(row.text) })
        .where(eq(emailOutbox.id, row.id));
      sent++;
    } catch (err) {
      logger.error(
        { event: "email.failed", emailId: row.id, attempts: row.attempts, err: String(err) },
        "email delivery failed",
      );
      const failed = row.attempts >= MAX_ATTEMPTS;
      await db
        .update(emailOutbox)
        .set({
          lastError: String(err).slice(0, 500),
          status: failed ? "failed" : "pending",
          ...(failed ? { text: withoutSecretLinks(row.text) } : {}),
          nextAttemptAt: sql`now() + make_interval(secs => ${30 * 2 ** row.attempts})`,
        })
        .where(eq(emailOutbox.id, row.id));
    }
  }
  return sent;
}

/** Deletes every row written more than OUTBOX_RETENTION_DAYS ago (the background sweep). */
export async function purgeOldEmails(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - OUTBOX_RETENTION_DAYS * 86_400_000);
  const rows = await db
    .delete(emailOutbox)
    .where(lt(emailOutbox.createdAt, cutoff))
    .returning({ id: emailOutbox.id });
  return rows.length;
}

export async function listOutbox(limit = 50): Promise<OutboxEmail[]> {
  return db
    .select()
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
}
