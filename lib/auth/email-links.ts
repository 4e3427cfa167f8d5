// The links sent by email: verifying the address and resetting the password. Tokens are random,
// stored hashed, single-use and short-lived (lib/auth/tokens.ts).
import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { db, type Tx } from "@/db/client";
import { accounts, users, verificationTokens } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import {
  passwordChangedMessage,
  passwordResetMessage,
  verifyEmailMessage,
} from "@/lib/email/templates";
import { ValidationError } from "@/lib/errors";
import { emailFingerprint, logger } from "@/lib/logger";
import { consumeRateLimit, enforceRateLimits, hashedSubject, limits } from "@/lib/rate-limit";
import { addressBucket } from "./ip";
import { hashPassword } from "./password";
import type { resetPasswordSchema } from "./schemas";
import { generateToken, hashToken } from "./tokens";
import { findUserByEmail } from "./accounts";

export const VERIFY_EMAIL_TTL_MS = 24 * 60 * 60 * 1000;
const RESET_PASSWORD_TTL_MS = 60 * 60 * 1000;

export async function issueToken(
  tx: Tx,
  userId: string,
  purpose: "verify_email" | "reset_password",
  ttlMs: number,
) {
  const { token, tokenHash } = generateToken();
  await tx
    .insert(verificationTokens)
    .values({ userId, purpose, tokenHash, expiresAt: new Date(Date.now() + ttlMs) });
  return token;
}

async function consumeToken(tx: Tx, token: string, purpose: "verify_email" | "reset_password") {
  const [row] = await tx
    .update(verificationTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(verificationTokens.tokenHash, hashToken(token)),
        eq(verificationTokens.purpose, purpose),
        isNull(verificationTokens.usedAt),
        gt(verificationTokens.expiresAt, new Date()),
      ),
    )
    .returning({ userId: verificationTokens.userId });
  return row?.userId;
}

const expiredLink = "This link has expired or was already used. Request a new one.";

export async function verifyEmail(token: string): Promise<void> {
  await db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, "verify_email");
    if (!userId) throw new ValidationError(expiredLink);
    await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` })
      .where(eq(users.id, userId));
  });
}

/** Sends a new confirmation link to an unverified account, if the email and password match one. */
export async function resendVerification(email: string, ip: string): Promise<void> {
  await enforceRateLimits([
    [limits.verifyEmailPerUser, hashedSubject(email)],
    [limits.resetPerIp, addressBucket(ip)],
  ]);
  const user = await findUserByEmail(email);
  if (!user || user.emailVerifiedAt) return;
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, user.id, "verify_email", VERIFY_EMAIL_TTL_MS);
    await enqueueEmail(tx, verifyEmailMessage(user.email, token));
  });
}

/**
 * A reset request as the caller sees it: the same work for every email (docs/security.md #27).
 * Only the rate limits run here; what depends on whether the account exists is the returned
 * follow-up, which the caller runs after the response has gone (`after()`), so neither the answer
 * nor its timing says anything about the account.
 */
export async function requestPasswordReset(
  email: string,
  address: string,
  now = new Date(),
): Promise<() => Promise<void>> {
  await enforceRateLimits([[limits.resetPerIp, addressBucket(address)]], now);
  const perAccount = await consumeRateLimit(limits.resetPerAccount, hashedSubject(email), now);
  // The per-account limit must not reveal whether the account exists: it is silent.
  if (!perAccount.allowed) {
    logger.warn(
      { event: "auth.reset_limited", email: emailFingerprint(email), ip: address },
      "reset limited",
    );
    return async () => {};
  }
  return () => sendPasswordReset(email);
}

/** Emails a reset link to the account with this email, if there is one. */
export async function sendPasswordReset(email: string): Promise<void> {
  const user = await findUserByEmail(email);
  if (!user) return;
  await db.transaction(async (tx) => {
    const token = await issueToken(tx, user.id, "reset_password", RESET_PASSWORD_TTL_MS);
    await enqueueEmail(tx, passwordResetMessage(user.email, token));
  });
}

/**
 * Sets a new password from an emailed link; proves the address, and ends every session. The link
 * is checked (and attempts on it counted) before the new password is hashed, so a bad or
 * guessed link costs no Argon2 work. Provider links never proven (docs/decisions/016) go too: one
 * made by someone who only claimed this address at a provider must not outlive the owner taking
 * the account back.
 */
export async function resetPassword(
  input: z.infer<typeof resetPasswordSchema>,
  address: string,
  now = new Date(),
): Promise<void> {
  const tokenHash = hashToken(input.token);
  await enforceRateLimits(
    [
      [limits.resetSubmitPerIp, addressBucket(address)],
      [limits.resetSubmitPerToken, tokenHash],
    ],
    now,
  );
  const [live] = await db
    .select({ id: verificationTokens.id })
    .from(verificationTokens)
    .where(
      and(
        eq(verificationTokens.tokenHash, tokenHash),
        eq(verificationTokens.purpose, "reset_password"),
        isNull(verificationTokens.usedAt),
        gt(verificationTokens.expiresAt, now),
      ),
    );
  if (!live) throw new ValidationError(expiredLink);
  const passwordHash = await hashPassword(input.password);
  const dropped = await db.transaction(async (tx) => {
    // Claimed again inside the transaction: of two submits of one link, one wins.
    const userId = await consumeToken(tx, input.token, "reset_password");
    if (!userId) throw new ValidationError(expiredLink);
    const [user] = await tx
      .update(users)
      .set({
        passwordHash,
        sessionVersion: sql`${users.sessionVersion} + 1`,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
      })
      .where(eq(users.id, userId))
      .returning({ email: users.email });
    const unproven = await tx
      .delete(accounts)
      .where(and(eq(accounts.userId, userId), isNull(accounts.verifiedAt)))
      .returning({ provider: accounts.provider });
    // Other outstanding reset links die with this one.
    await tx
      .update(verificationTokens)
      .set({ usedAt: new Date() })
      .where(
        and(
          eq(verificationTokens.userId, userId),
          eq(verificationTokens.purpose, "reset_password"),
          isNull(verificationTokens.usedAt),
        ),
      );
    await enqueueEmail(tx, passwordChangedMessage(user!.email));
    return unproven.map((row) => row.provider);
  });
  if (dropped.length > 0)
    logger.info(
      { event: "auth.unproven_links_removed", providers: dropped },
      "password reset removed unproven provider links",
    );
}
