// The sweep deletes what is kept no longer (docs/security.md #28; the privacy notice's retention).
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox, revokedSessions, verificationTokens } from "@/db/schema";
import { runHousekeeping } from "@/lib/jobs/housekeeping";
import { insertUser } from "./helpers";

const DAY = 86_400_000;

describe("runHousekeeping", () => {
  it("deletes mail older than 30 days, and expired tokens and revoked sessions", async () => {
    const user = await insertUser();
    const now = new Date();
    await db.insert(emailOutbox).values([
      {
        to: user.email,
        subject: "old",
        text: "old",
        kind: "t",
        createdAt: new Date(now.getTime() - 31 * DAY),
      },
      {
        to: user.email,
        subject: "new",
        text: "new",
        kind: "t",
        createdAt: new Date(now.getTime() - DAY),
      },
    ]);
    await db.insert(verificationTokens).values([
      {
        userId: user.id,
        purpose: "reset_password",
        tokenHash: "expired-hash",
        expiresAt: new Date(now.getTime() - 1000),
      },
      {
        userId: user.id,
        purpose: "reset_password",
        tokenHash: "live-hash",
        expiresAt: new Date(now.getTime() + DAY),
      },
    ]);
    await db.insert(revokedSessions).values([
      { sessionId: "gone", userId: user.id, expiresAt: new Date(now.getTime() - 1000) },
      { sessionId: "kept", userId: user.id, expiresAt: new Date(now.getTime() + DAY) },
    ]);

    expect(await runHousekeeping(now)).toMatchObject({ emailsPurged: 1 });

    const subjects = await db
      .select({ s: emailOutbox.subject })
      .from(emailOutbox)
      .where(eq(emailOutbox.to, user.email));
    expect(subjects).toEqual([{ s: "new" }]);
    const tokens = await db
      .select({ h: verificationTokens.tokenHash })
      .from(verificationTokens)
      .where(eq(verificationTokens.userId, user.id));
    expect(tokens).toEqual([{ h: "live-hash" }]);
    const sessions = await db
      .select({ id: revokedSessions.sessionId })
      .from(revokedSessions)
      .where(eq(revokedSessions.userId, user.id));
    expect(sessions).toEqual([{ id: "kept" }]);
  });
});
