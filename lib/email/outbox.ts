// Email is written to the outbox inside the transaction that causes it, then delivered by SMTP
// when SMTP_URL is set; without it the outbox is the mailbox (the dev-only /dev/outbox page reads it).
import { and, asc, desc, eq, lte, sql } from "drizzle-orm";
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
  await tx.insert(emailOutbox).values(message);
}

const MAX_ATTEMPTS = 5;
const globalStore = globalThis as unknown as { __landedMailer?: Transporter };

function mailer(): Transporter | undefined {
  const url = env().SMTP_URL;
  if (!url) return undefined;
  globalStore.__landedMailer ??= nodemailer.createTransport(url);
  return globalStore.__landedMailer;
}

/** Sends what is due; each row is claimed with SKIP LOCKED so two servers never send one twice. */
export async function deliverPendingEmails(limit = 20): Promise<number> {
  const transport = mailer();
  if (!transport) return 0;
  let sent = 0;
  for (let i = 0; i < limit; i++) {
    const done = await db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(emailOutbox)
        .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, new Date())))
        .orderBy(asc(emailOutbox.nextAttemptAt))
        .limit(1)
        .for("update", { skipLocked: true });
      if (!row) return false;
      try {
        await transport.sendMail({
          from: env().EMAIL_FROM,
          to: row.to,
          subject: row.subject,
          text: row.text,
        });
        await tx
          .update(emailOutbox)
          .set({ status: "sent", sentAt: new Date(), attempts: row.attempts + 1 })
          .where(eq(emailOutbox.id, row.id));
        sent++;
      } catch (err) {
        const attempts = row.attempts + 1;
        logger.error(
          { event: "email.failed", emailId: row.id, attempts, err: String(err) },
          "email delivery failed",
        );
        await tx
          .update(emailOutbox)
          .set({
            attempts,
            lastError: String(err).slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
            nextAttemptAt: sql`now() + make_interval(secs => ${30 * 2 ** attempts})`,
          })
          .where(eq(emailOutbox.id, row.id));
      }
      return true;
    });
    if (!done) break;
  }
  return sent;
}

export async function listOutbox(limit = 50): Promise<OutboxEmail[]> {
  return db
    .select()
    .from(emailOutbox)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
}
