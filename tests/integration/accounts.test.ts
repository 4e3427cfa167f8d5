import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox, users, verificationTokens } from "@/db/schema";
import { changePassword, signUp, verifyCredentials } from "@/lib/auth/accounts";
import { requestPasswordReset, resetPassword, verifyEmail } from "@/lib/auth/email-links";
import { RateLimitedError, ValidationError } from "@/lib/errors";
import { CURRENT_POLICY_VERSION } from "@/lib/policies/versions";
import { DEMO_PASSWORD } from "@/tests/factories";
import { freshIp, insertUser, lastEmailTo, reloadUser, tokenFrom } from "./helpers";

const strongPassword = "harbour-lantern-47";
const acceptPolicies = CURRENT_POLICY_VERSION;

describe("sign-up", () => {
  it("creates an unverified account, stores only an Argon2id hash, and emails a confirmation link", async () => {
    await signUp(
      {
        displayName: "Ana Lima",
        email: "ana.lima@example.test",
        password: strongPassword,
        acceptPolicies,
      },
      freshIp(),
    );
    const [user] = await db.select().from(users).where(eq(users.email, "ana.lima@example.test"));
    expect(user).toMatchObject({
      displayName: "Ana Lima",
      handle: "ana-lima",
      role: "member",
      emailVerifiedAt: null,
    });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(user!.passwordHash).not.toContain(strongPassword);
    const email = await lastEmailTo("ana.lima@example.test");
    expect(email?.kind).toBe("verify_email");
    const [tokenRow] = await db
      .select()
      .from(verificationTokens)
      .where(eq(verificationTokens.userId, user!.id));
    // Only the hash of the emailed token is stored.
    expect(tokenRow!.tokenHash).not.toBe(tokenFrom(email?.text));
  });

  it("answers a known email exactly as an unknown one and tells the owner instead", async () => {
    const existing = await insertUser();
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    await expect(
      signUp(
        {
          displayName: "Someone Else",
          email: existing.email.toUpperCase(),
          password: strongPassword,
          acceptPolicies,
        },
        freshIp(),
      ),
    ).resolves.toBeUndefined();
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(users);
    expect(after[0]!.n).toBe(before[0]!.n);
    expect((await lastEmailTo(existing.email))?.kind).toBe("account_exists");
    expect((await reloadUser(existing.id)).passwordHash).toBe(existing.passwordHash);
  });

  it("gives a second member with the same name a different handle", async () => {
    await signUp(
      {
        displayName: "Kofi Boateng",
        email: "kofi1@example.test",
        password: strongPassword,
        acceptPolicies,
      },
      freshIp(),
    );
    await signUp(
      {
        displayName: "Kofi Boateng",
        email: "kofi2@example.test",
        password: strongPassword,
        acceptPolicies,
      },
      freshIp(),
    );
    const rows = await db
      .select({ handle: users.handle })
      .from(users)
      .where(sql`${users.email} like 'kofi%'`);
    expect(new Set(rows.map((r) => r.handle)).size).toBe(2);
  });

  it("limits sign-ups per address", async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      await signUp(
        {
          displayName: "Flood",
          email: `flood${i}@example.test`,
          password: strongPassword,
          acceptPolicies,
        },
        ip,
      );
    }
    await expect(
      signUp(
        {
          displayName: "Flood",
          email: "flood6@example.test",
          password: strongPassword,
          acceptPolicies,
        },
        ip,
      ),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });
});

describe("the confirmation email", () => {
  it("carries nothing the person signing up typed: it may reach a stranger (docs/security.md #10)", async () => {
    const name = "Claim your refund at evil.example now";
    await signUp(
      {
        displayName: name,
        email: "stranger@example.test",
        password: strongPassword,
        acceptPolicies,
      },
      freshIp(),
    );
    const email = await lastEmailTo("stranger@example.test");
    expect(email?.kind).toBe("verify_email");
    expect(`${email?.subject} ${email?.text}`).not.toContain("evil.example");
    expect(email?.text).toMatch(/^Hello,/);
  });
});

describe("email verification and sign-in", () => {
  it("refuses sign-in until the email is confirmed, then accepts it; the link works once", async () => {
    await signUp(
      {
        displayName: "Mina Park",
        email: "mina@example.test",
        password: strongPassword,
        acceptPolicies,
      },
      freshIp(),
    );
    expect(await verifyCredentials("mina@example.test", strongPassword, freshIp())).toEqual({
      ok: false,
      reason: "unverified",
    });
    const token = tokenFrom((await lastEmailTo("mina@example.test"))?.text);
    await verifyEmail(token);
    const result = await verifyCredentials("MINA@example.test", strongPassword, freshIp());
    expect(result.ok).toBe(true);
    await expect(verifyEmail(token)).rejects.toBeInstanceOf(ValidationError);
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const user = await insertUser();
    const wrong = await verifyCredentials(user.email, "not-the-password", freshIp());
    const unknown = await verifyCredentials(
      "nobody-here@example.test",
      "not-the-password",
      freshIp(),
    );
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("limits attempts per IP address", async () => {
    const ip = freshIp();
    const now = new Date(); // one window for all eleven
    for (let i = 0; i < 10; i++)
      await verifyCredentials(`spray${i}@example.test`, "wrong-password-x", ip, { now });
    await expect(
      verifyCredentials("spray-last@example.test", "wrong-password-x", ip, { now }),
    ).rejects.toBeInstanceOf(RateLimitedError);
  });

  it("refuses a suspended or banned account even with the right password", async () => {
    const suspended = await insertUser({ status: "suspended" });
    const banned = await insertUser({ status: "banned" });
    expect(await verifyCredentials(suspended.email, DEMO_PASSWORD, freshIp())).toMatchObject({
      ok: false,
      reason: "suspended",
    });
    expect(await verifyCredentials(banned.email, DEMO_PASSWORD, freshIp())).toMatchObject({
      ok: false,
      reason: "banned",
    });
  });
});

/** A reset request as the action runs it: the answer, then the follow-up after the response. */
async function requestReset(email: string, ip = freshIp()): Promise<void> {
  const followUp = await requestPasswordReset(email, ip);
  await followUp();
}

describe("password reset", () => {
  it("emails a single-use link that sets a new password, confirms the email and ends sessions", async () => {
    const user = await insertUser({ emailVerifiedAt: null });
    await requestReset(user.email);
    const token = tokenFrom((await lastEmailTo(user.email))?.text);
    await resetPassword(
      { token, password: strongPassword, confirmPassword: strongPassword },
      freshIp(),
    );
    const after = await reloadUser(user.id);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerifiedAt).not.toBeNull();
    expect((await verifyCredentials(user.email, strongPassword, freshIp())).ok).toBe(true);
    await expect(
      resetPassword(
        { token, password: "another-pass-99", confirmPassword: "another-pass-99" },
        freshIp(),
      ),
    ).rejects.toThrow(/expired or was already used/);
  });

  it("refuses an expired link", async () => {
    const user = await insertUser();
    await requestReset(user.email);
    const token = tokenFrom((await lastEmailTo(user.email))?.text);
    await db
      .update(verificationTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(verificationTokens.userId, user.id));
    await expect(
      resetPassword(
        { token, password: strongPassword, confirmPassword: strongPassword },
        freshIp(),
      ),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await reloadUser(user.id)).passwordHash).toBe(user.passwordHash);
  });

  it("shows the per-address limit but keeps the per-account limit silent", async () => {
    const user = await insertUser();
    const countResets = async () =>
      (await db.select().from(emailOutbox).where(eq(emailOutbox.to, user.email))).filter(
        (e) => e.kind === "reset_password",
      ).length;
    for (let i = 0; i < 5; i++) await requestReset(user.email);
    // Three links an hour per account; the rest are dropped without a different answer.
    expect(await countResets()).toBe(3);
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await requestReset(`someone${i}@example.test`, ip);
    await expect(requestPasswordReset("someone-else@example.test", ip)).rejects.toBeInstanceOf(
      RateLimitedError,
    );
  });

  it("answers an unknown email like a known one and sends nothing", async () => {
    const before = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox);
    await expect(requestReset("ghost@example.test")).resolves.toBeUndefined();
    const after = await db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it("counts attempts on a link and from an address before any work, and refuses past them", async () => {
    const user = await insertUser();
    await requestReset(user.email);
    const token = tokenFrom((await lastEmailTo(user.email))?.text);
    const attempt = (t: string) => ({
      token: t,
      password: strongPassword,
      confirmPassword: strongPassword,
    });
    const forged = (i: number) => `${String(i).padStart(2, "0")}${"x".repeat(41)}`;
    // Per address: ten tries in 15 minutes, whatever the link (one moment: one window).
    const ip = freshIp();
    const now = new Date();
    for (let i = 0; i < 10; i++) {
      await expect(resetPassword(attempt(forged(i)), ip, now)).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    await expect(resetPassword(attempt(forged(10)), ip, now)).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    // Per link: five tries an hour, from anywhere.
    for (let i = 0; i < 5; i++) {
      await expect(resetPassword(attempt(forged(11)), freshIp(), now)).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    await expect(resetPassword(attempt(forged(11)), freshIp(), now)).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    // The real link is untouched by attempts on others.
    await resetPassword(attempt(token), freshIp());
    expect((await verifyCredentials(user.email, strongPassword, freshIp())).ok).toBe(true);
  });
});

describe("change password", () => {
  it("needs the current password, then bumps the session version", async () => {
    const user = { ...(await insertUser()), signedInAt: new Date() };
    await expect(
      changePassword(user, {
        currentPassword: "wrong-one-here",
        password: strongPassword,
        confirmPassword: strongPassword,
      }),
    ).rejects.toMatchObject({
      fieldErrors: { currentPassword: ["This is not your current password."] },
    });
    const version = await changePassword(user, {
      currentPassword: DEMO_PASSWORD,
      password: strongPassword,
      confirmPassword: strongPassword,
    });
    expect(version).toBe(user.sessionVersion + 1);
    expect((await verifyCredentials(user.email, strongPassword, freshIp())).ok).toBe(true);
    expect((await lastEmailTo(user.email))?.kind).toBe("password_changed");
  });

  it("gives an account with no password one only right after a sign-in (a taken-over session cannot)", async () => {
    const user = await insertUser();
    await db.update(users).set({ passwordHash: null }).where(eq(users.id, user.id));
    const input = {
      currentPassword: "",
      password: strongPassword,
      confirmPassword: strongPassword,
    };
    const stale = { ...user, signedInAt: new Date(Date.now() - 11 * 60_000) };
    await expect(changePassword(stale, input)).rejects.toThrow(/sign in again first/);
    expect((await reloadUser(user.id)).passwordHash).toBeNull();
    await changePassword({ ...user, signedInAt: new Date() }, input);
    expect((await verifyCredentials(user.email, strongPassword, freshIp())).ok).toBe(true);
  });
});
