import net from "node:net";
import { eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { db } from "@/db/client";
import { emailOutbox, users } from "@/db/schema";
import { enqueueEmail, type EmailMessage } from "@/lib/email/outbox";
import { passwordResetMessage, verifyEmailMessage } from "@/lib/email/templates";
import { buildUser } from "@/tests/factories";
import { insertUser } from "./helpers";

type OutboxModule = typeof import("@/lib/email/outbox");
const mailerStore = globalThis as unknown as { __landedMailer?: { close(): void } };
const savedSmtpUrl = process.env.SMTP_URL;

/** lib/env caches the environment and the mailer is kept on globalThis: load the outbox afresh. */
async function outboxWith(smtpUrl: string | undefined): Promise<OutboxModule> {
  if (smtpUrl) process.env.SMTP_URL = smtpUrl;
  else delete process.env.SMTP_URL;
  mailerStore.__landedMailer?.close();
  delete mailerStore.__landedMailer;
  vi.resetModules();
  return import("@/lib/email/outbox");
}

interface SmtpSink {
  port: number;
  messages: string[];
  close: () => Promise<void>;
}

/** A real SMTP server on 127.0.0.1 that keeps every raw message, or refuses them all. */
async function startSmtp(options: { refuse?: boolean } = {}): Promise<SmtpSink> {
  const messages: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    closeTimeout: 1000,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (options.refuse) {
          callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
          return;
        }
        messages.push(Buffer.concat(chunks).toString("utf8"));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as net.AddressInfo;
  return {
    port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 with nothing listening on it. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", () => resolve()));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** The headers and the decoded text body of a raw single-part message. */
function parseMessage(raw: string): { headers: string; body: string } {
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === "base64") return { headers, body: Buffer.from(body, "base64").toString("utf8") };
  if (encoding === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`)
      .replace(/%(?![0-9A-F]{2})/gi, "%25");
    return { headers, body: decodeURIComponent(bytes) };
  }
  return { headers, body };
}

async function enqueue(message: EmailMessage): Promise<number> {
  await db.transaction((tx) => enqueueEmail(tx, message));
  const [row] = await db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(eq(emailOutbox.to, message.to))
    .orderBy(sql`${emailOutbox.id} desc`)
    .limit(1);
  return row!.id;
}

async function outboxRow(id: number) {
  const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
  return row!;
}

const token = "A".repeat(20) + "b".repeat(20) + "_-9";

beforeEach(async () => {
  // Every test starts with an empty outbox, so one test's pending mail is not sent by the next.
  await db.delete(emailOutbox).where(sql`true`);
});

afterEach(() => {
  mailerStore.__landedMailer?.close();
  delete mailerStore.__landedMailer;
  if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtpUrl;
});

describe("enqueueEmail", () => {
  it("writes nothing when the transaction rolls back", async () => {
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, verifyEmailMessage("rollback@example.test", token));
        tx.rollback();
      }),
    ).rejects.toThrow();
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, passwordResetMessage("rollback@example.test", token));
        throw new Error("the change failed after the email was queued");
      }),
    ).rejects.toThrow("the change failed");
    expect(
      await db.select().from(emailOutbox).where(eq(emailOutbox.to, "rollback@example.test")),
    ).toEqual([]);
  });

  it("writes nothing when a later statement of the same transaction fails", async () => {
    const existing = await insertUser();
    await expect(
      db.transaction(async (tx) => {
        await enqueueEmail(tx, verifyEmailMessage("dup@example.test", token));
        await tx.insert(users).values({ ...buildUser(), email: existing.email });
      }),
    ).rejects.toThrow();
    expect(
      await db.select().from(emailOutbox).where(eq(emailOutbox.to, "dup@example.test")),
    ).toEqual([]);
  });

  it("queues the email as pending once the transaction commits", async () => {
    const id = await enqueue(verifyEmailMessage("queued@example.test", token));
    expect(await outboxRow(id)).toMatchObject({
      to: "queued@example.test",
      kind: "verify_email",
      status: "pending",
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
  });
});

describe("deliverPendingEmails", () => {
  it("without SMTP_URL sends nothing and leaves the mail pending (the dev outbox is the mailbox)", async () => {
    const { deliverPendingEmails } = await outboxWith(undefined);
    const id = await enqueue(verifyEmailMessage("nosmtp@example.test", token));
    expect(await deliverPendingEmails()).toBe(0);
    expect(await outboxRow(id)).toMatchObject({
      status: "pending",
      attempts: 0,
      sentAt: null,
      lastError: null,
    });
  });

  it("sends through SMTP and marks the mail sent, once", async () => {
    const smtp = await startSmtp();
    try {
      const { deliverPendingEmails } = await outboxWith(`smtp://127.0.0.1:${smtp.port}`);
      const message = verifyEmailMessage("ana.smtp@example.test", token);
      const id = await enqueue(message);

      expect(await deliverPendingEmails()).toBe(1);
      expect(smtp.messages).toHaveLength(1);
      const { headers, body } = parseMessage(smtp.messages[0]!);
      expect(headers).toMatch(/^Subject: Confirm your email for Landed$/m);
      expect(headers).toMatch(/^To: ana\.smtp@example\.test$/m);
      expect(headers).toMatch(/^From: Landed <no-reply@landed\.local>$/m);
      const link = /https?:\/\/\S+\/verify-email\?token=\S+/.exec(message.text)?.[0];
      expect(link).toContain(`token=${token}`);
      expect(body).toContain(link);
      expect(body).toMatch(/^Hello,/);
      expect(body).toContain("— Landed");

      const sent = await outboxRow(id);
      expect(sent).toMatchObject({
        status: "sent",
        attempts: 1,
        lastError: null,
        sentAt: expect.any(Date),
      });
      // docs/security.md #28: the stored copy keeps no usable token once the mail has left.
      expect(sent.text).not.toContain(token);
      expect(sent.text).toContain("[link removed after sending]");
      expect(sent.text).toContain("The link works once and expires in 24 hours.");
      expect(await deliverPendingEmails()).toBe(0);
      expect(smtp.messages).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it("sends at most `limit` emails per run, oldest first", async () => {
    const smtp = await startSmtp();
    try {
      const { deliverPendingEmails } = await outboxWith(`smtp://127.0.0.1:${smtp.port}`);
      const ids = [];
      for (const to of ["one@example.test", "two@example.test", "three@example.test"]) {
        ids.push(await enqueue(passwordResetMessage(to, token)));
      }
      expect(await deliverPendingEmails(2)).toBe(2);
      expect(smtp.messages.map((m) => /^To: (.*)$/m.exec(m)?.[1]?.trim())).toEqual([
        "one@example.test",
        "two@example.test",
      ]);
      expect((await outboxRow(ids[2]!)).status).toBe("pending");
      expect(await deliverPendingEmails()).toBe(1);
      expect((await outboxRow(ids[2]!)).status).toBe("sent");
    } finally {
      await smtp.close();
    }
  });

  it("when nobody answers, keeps the mail pending with the error and retries later", async () => {
    const { deliverPendingEmails } = await outboxWith(`smtp://127.0.0.1:${await closedPort()}`);
    const id = await enqueue(verifyEmailMessage("down@example.test", token));
    const before = new Date();

    expect(await deliverPendingEmails()).toBe(0);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "pending", attempts: 1, sentAt: null });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(before.getTime());

    // Backing off: an immediate second run does not try again.
    expect(await deliverPendingEmails()).toBe(0);
    expect((await outboxRow(id)).attempts).toBe(1);
  });

  it("when the server refuses the message, records why and keeps it pending", async () => {
    const smtp = await startSmtp({ refuse: true });
    try {
      const { deliverPendingEmails } = await outboxWith(`smtp://127.0.0.1:${smtp.port}`);
      const id = await enqueue(verifyEmailMessage("refused@example.test", token));
      expect(await deliverPendingEmails()).toBe(0);
      const row = await outboxRow(id);
      expect(row).toMatchObject({ status: "pending", attempts: 1, sentAt: null });
      expect(row.lastError).toMatch(/550/);
    } finally {
      await smtp.close();
    }
  });

  it("gives up after the fifth failed attempt", async () => {
    const { deliverPendingEmails } = await outboxWith(`smtp://127.0.0.1:${await closedPort()}`);
    const id = await enqueue(verifyEmailMessage("gone@example.test", token));
    await db.update(emailOutbox).set({ attempts: 4 }).where(eq(emailOutbox.id, id));
    expect(await deliverPendingEmails()).toBe(0);
    const row = await outboxRow(id);
    expect(row).toMatchObject({ status: "failed", attempts: 5 });
    // Given up on: the link it carried is not kept either.
    expect(row.text).not.toContain(token);
  });
});

describe("withoutSecretLinks and purgeOldEmails (docs/security.md #28)", () => {
  it("removes links carrying a token and keeps every other word and link", async () => {
    const { withoutSecretLinks } = await outboxWith(undefined);
    const text = [
      "Confirm: http://localhost:3000/verify-email?token=abc_DEF-123",
      "Appeal: https://landed.example/appeal?token=xyz.sig within 30 days.",
      "Sign in: https://landed.example/sign-in",
    ].join("\n");
    expect(withoutSecretLinks(text)).toBe(
      [
        "Confirm: [link removed after sending]",
        "Appeal: [link removed after sending] within 30 days.",
        "Sign in: https://landed.example/sign-in",
      ].join("\n"),
    );
  });

  it("deletes every row, sent or not, 30 days after it was written", async () => {
    const { purgeOldEmails } = await outboxWith(undefined);
    const old = await enqueue(passwordResetMessage("old@example.test", token));
    const recent = await enqueue(passwordResetMessage("recent@example.test", token));
    const now = new Date();
    await db
      .update(emailOutbox)
      .set({ createdAt: new Date(now.getTime() - 31 * 86_400_000), status: "sent" })
      .where(eq(emailOutbox.id, old));
    await db
      .update(emailOutbox)
      .set({ createdAt: new Date(now.getTime() - 29 * 86_400_000) })
      .where(eq(emailOutbox.id, recent));
    expect(await purgeOldEmails(now)).toBe(1);
    expect(await db.select({ id: emailOutbox.id }).from(emailOutbox)).toEqual([{ id: recent }]);
  });
});
