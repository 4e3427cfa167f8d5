// Account lifecycle: sign-up, credential checks, the member's row locked for a write, password
// change and signing out everywhere. The links sent by email (verify, reset) are in email-links.ts.
import "server-only";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { db, type Tx } from "@/db/client";
import { moderationDecisions, users, type User } from "@/db/schema";
import { enqueueEmail } from "@/lib/email/outbox";
import {
  accountExistsMessage,
  passwordChangedMessage,
  verifyEmailMessage,
} from "@/lib/email/templates";
import { ForbiddenError, UnauthorizedError, ValidationError } from "@/lib/errors";
import { emailFingerprint, logger } from "@/lib/logger";
import { enforceRateLimits, limits } from "@/lib/rate-limit";
import { addressBucket } from "./ip";
import { accountBlock, type AccountBlock } from "./usable";
import { recordPolicyAcceptance } from "@/lib/policies/mutations";
import { handleBase, handleCandidate } from "./handles";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password";
import type { changePasswordSchema, signUpSchema } from "./schemas";
import { gateSignIn, recordSignInFailure, recordSignInSuccess } from "./sign-in-throttle";
import { reauthMode, STALE_SIGN_IN_MESSAGE } from "./reauth";
import { VERIFY_EMAIL_TTL_MS, issueToken } from "./email-links";

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
