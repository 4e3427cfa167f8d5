// Account lifecycle: sign-up, credential checks, email verification, password reset and change.
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { db, type Tx } from "@/db/client";
import { accounts, moderationDecisions, users, verificationTokens, type User } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import {
  accountExistsMessage,
  passwordChangedMessage,
  passwordResetMessage,
  verifyEmailMessage,
} from "@/lib/email/templates";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { emailFingerprint, logger } from "@/lib/logger";
import { consumeRateLimit, enforceRateLimits, hashedSubject, limits } from "@/lib/rate-limit";
import { addressBucket } from "./ip";
import { accountBlock, type AccountBlock } from "./usable";
import { recordPolicyAcceptance } from "@/lib/policies/mutations";
import { handleBase, handleCandidate } from "./handles";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password";
import type { changePasswordSchema, resetPasswordSchema, signUpSchema } from "./schemas";
import { gateSignIn, recordSignInFailure, recordSignInSuccess } from "./sign-in-throttle";
import { generateToken, hashToken } from "./tokens";
import { reauthMode, STALE_SIGN_IN_MESSAGE } from "./reauth";

const VERIFY_EMAIL_TTL_MS = 24 * 60 * 60 * 1000;
const RESET_PASSWORD_TTL_MS = 60 * 60 * 1000;

export function findUserByEmail(email: string, tx: Tx | typeof db = db): Promise<User | undefined> {
  return tx
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1)
    .then((rows) => rows[0]);
}

export function isUniqueViolation(err: unknown, constraint: string): boolean {
  const e = err as {
    code?: string;
    constraint_name?: string;
    constraint?: string;
    cause?: unknown;
  };
  if (e?.code === "23505") return (e.constraint_name ?? e.constraint ?? "") === constraint;
  return e?.cause ? isUniqueViolation(e.cause, constraint) : false;
}

async function issueToken(
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

/**
 * Creates an unverified account and emails a confirmation link. An address that already has an
 * account gets an email saying so instead: the caller sees the same answer either way.
 */
export async function signUp(input: z.infer<typeof signUpSchema>, ip: string): Promise<void> {
  await enforceRateLimits([[limits.signUpPerIp, addressBucket(ip)]]);
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(input.email);
  if (existing) {
    await db.transaction((tx) => enqueueEmail(tx, accountExistsMessage(existing.email)));
    return;
  }
  const base = handleBase(input.displayName);
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      await db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({
            email: input.email,
            displayName: input.displayName,
            handle: handleCandidate(base, attempt),
            passwordHash,
          })
          .returning({ id: users.id });
        await recordPolicyAcceptance(tx, user!.id, input.acceptPolicies, new Date());
        const token = await issueToken(tx, user!.id, "verify_email", VERIFY_EMAIL_TTL_MS);
        await enqueueEmail(tx, verifyEmailMessage(input.email, token));
      });
      logger.info(
        { event: "auth.sign_up", email: emailFingerprint(input.email) },
        "account created",
      );
      return;
    } catch (err) {
      if (isUniqueViolation(err, "users_handle_lower_unique")) continue;
      if (isUniqueViolation(err, "users_email_lower_unique")) {
        // Lost a race with another sign-up for the same address: answer as for an existing account.
        await db.transaction((tx) => enqueueEmail(tx, accountExistsMessage(input.email)));
        return;
      }
      throw err;
    }
  }
  throw new Error("Could not find a free handle after several attempts");
}

export type CredentialsResult =
  | { ok: true; user: User }
  | {
      ok: false;
      reason: "invalid" | "unverified" | AccountBlock;
      until?: Date | null;
      /** For a suspension or ban: the reason the person was given. */
      why?: string;
    };

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password; unknown emails cost the same time as wrong passwords. An account
 * under attack slows down guesses from addresses it never signed in from, and one address is
 * refused after a few wrong passwords, but its owner is never locked out (sign-in-throttle.ts).
 */
export async function verifyCredentials(
  email: string,
  password: string,
  address: string,
  options: { now?: Date; sleep?: (ms: number) => Promise<void> } = {},
): Promise<CredentialsResult> {
  const user = await findUserByEmail(email);
  const attempt = { email, address, userId: user?.id ?? null, now: options.now ?? new Date() };
  const wait = await gateSignIn(attempt);
  if (wait > 0) {
    logger.warn(
      { event: "auth.sign_in_slowed", email: emailFingerprint(email), waitMs: wait },
      "sign-in slowed down",
    );
    await (options.sleep ?? sleep)(wait);
  }
  const ok = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await burnPasswordCheck(password);
  if (!user || !ok) {
    await recordSignInFailure(attempt);
    logger.warn(
      { event: "auth.sign_in_failed", email: emailFingerprint(email), ip: address },
      "failed sign-in",
    );
    return { ok: false, reason: "invalid" };
  }
  const block = accountBlock(user);
  if (block?.reason === "deleting") return { ok: false, ...block };
  if (block) return { ok: false, ...block, why: await sanctionReason(user.id, block.reason) };
  if (!user.emailVerifiedAt) return { ok: false, reason: "unverified" };
  await recordSignInSuccess({ ...attempt, userId: user.id });
  return { ok: true, user };
}

/** The reason given with the suspension or ban in force (the person knows their password by now). */
async function sanctionReason(
  userId: string,
  block: "suspended" | "banned",
): Promise<string | undefined> {
  const [decision] = await db
    .select({ reason: moderationDecisions.reason })
    .from(moderationDecisions)
    .where(
      and(
        eq(moderationDecisions.subjectUserId, userId),
        eq(moderationDecisions.action, block === "banned" ? "ban" : "suspend"),
        isNull(moderationDecisions.reversedAt),
      ),
    )
    .orderBy(desc(moderationDecisions.createdAt))
    .limit(1);
  return decision?.reason;
}

/**
 * The member's row, locked for this transaction (writes by one member queue behind each other);
 * refuses a deleted, suspended or banned account. `doing` finishes "…so you cannot …".
 */
export async function lockActiveMember(
  tx: Tx,
  userId: string,
  now: Date,
  doing = "post, vote or edit",
): Promise<User> {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("no key update");
  if (!user) throw new UnauthorizedError();
  const block = accountBlock(user, now);
  if (block) {
    throw new ForbiddenError(
      block.reason === "banned"
        ? `Your account is banned, so you cannot ${doing}.`
        : block.reason === "deleting"
          ? `Your account is being deleted, so you cannot ${doing}.`
          : `Your account is suspended, so you cannot ${doing} right now.`,
    );
  }
  return user;
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

/** Changes the signed-in user's own password and ends every other session; returns the new version. */
export async function changePassword(
  actor: Pick<User, "id"> & { signedInAt: Date },
  input: z.infer<typeof changePasswordSchema>,
  now = new Date(),
): Promise<number> {
  await enforceRateLimits([[limits.changePasswordPerUser, actor.id]]);
  const [user] = await db.select().from(users).where(eq(users.id, actor.id)).limit(1);
  if (!user) throw new UnauthorizedError();
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError("Check your current password.", {
      currentPassword: ["This is not your current password."],
    });
  }
  // An account with no password yet (provider sign-in only) proves itself by a recent sign-in:
  // a session taken over later must not add a password and keep the account (decision 016).
  if (!user.passwordHash && reauthMode(user, actor.signedInAt, now) === "stale") {
    throw new ForbiddenError(STALE_SIGN_IN_MESSAGE);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, actor.id))
      .returning({ sessionVersion: users.sessionVersion, email: users.email });
    await enqueueEmail(tx, passwordChangedMessage(updated!.email));
    return updated!.sessionVersion;
  });
}

/** Ends every session of the user, this one included. */
export async function signOutEverywhere(actor: Pick<User, "id">): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, actor.id));
}
