// A member deletes their account (docs/security.md #31; docs/decisions/014-account-deletion.md):
// with their password, it is disabled at once (every session ends) and erased after a grace period,
// during which signing in with the password offers to keep it. Open requests are closed now and
// mentorship counterparts are told when their shared space closes; erasure.ts does the rest.
import "server-only";
import { and, eq, gt, inArray, or, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { mentorshipRequests, users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { verifyCredentials } from "@/lib/auth/accounts";
import { confirmIdentity } from "@/lib/auth/reauth";
import { enqueueEmail } from "@/lib/email/outbox";
import { accountDeletionMessage } from "@/lib/email/templates";
import { ConflictError, UnauthorizedError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { activeMentorshipsOf } from "@/lib/mentorship/counterpart";
import { applyMove } from "@/lib/mentorship/moves";
import { notify } from "@/lib/notifications/notify";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import { deletionDay, deletionDueAt } from "./grace";

export const deletionRateLimit: RateLimitRule = {
  name: "account-deletion:user",
  limit: 5,
  windowSeconds: 60 * 60,
};

export interface DeletionRequest {
  /** Empty for an account with no password (a recent sign-in stands in for it). */
  password: string;
  /** Remove my posts too, instead of keeping them as "a former member". */
  removePosts: boolean;
}

/**
 * Disables the member's account and schedules its erasure. The password is asked again (an
 * account with no password, signed in through a provider, proves itself by a recent sign-in).
 */
export async function requestAccountDeletion(
  actor: Pick<User, "id"> & { signedInAt: Date },
  input: DeletionRequest,
  now = new Date(),
): Promise<{ dueAt: Date }> {
  await enforceRateLimits([[deletionRateLimit, actor.id]], now);
  const [current] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!current) throw new UnauthorizedError();
  await confirmIdentity(current, actor.signedInAt, input.password, now);
  const dueAt = deletionDueAt(now);
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.id)).for("update");
    if (!user || user.status !== "active") {
      throw new ConflictError("This account cannot be deleted right now.");
    }
    await closeOpenRequests(tx, user, now);
    await tellCounterparts(tx, user, dueAt);
    await tx
      .update(users)
      .set({
        status: "deleting",
        deletionRequestedAt: now,
        deletionDueAt: dueAt,
        deletionRemovesPosts: input.removePosts,
        // Every session ends at its next request, this one included.
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorId: user.id,
      action: "account.deletion_requested",
      targetType: "user",
      targetId: user.id,
      after: { dueAt: dueAt.toISOString(), removePosts: input.removePosts },
    });
    await enqueueEmail(
      tx,
      accountDeletionMessage(user.email, deletionDay(dueAt), input.removePosts),
    );
  });
  logger.info({ event: "account.deletion_requested", userId: actor.id }, "account deletion");
  return { dueAt };
}

/** Requests still waiting for an answer are withdrawn (as applicant) or declined (as mentor). */
async function closeOpenRequests(tx: Tx, user: User, now: Date): Promise<void> {
  const open = await tx
    .select({
      id: mentorshipRequests.id,
      applicantId: mentorshipRequests.applicantId,
    })
    .from(mentorshipRequests)
    .where(
      and(
        or(eq(mentorshipRequests.applicantId, user.id), eq(mentorshipRequests.mentorId, user.id)),
        inArray(mentorshipRequests.state, ["pending", "info_requested"]),
      ),
    );
  for (const request of open) {
    await applyMove(
      tx,
      user,
      request.id,
      request.applicantId === user.id
        ? { action: "withdraw" }
        : {
            action: "decline",
            input: {
              requestId: request.id,
              reason: "other",
              text: "Your mentor is leaving Landed.",
            },
          },
      now,
    );
  }
}

/** Each side of an accepted mentorship hears when the shared space closes. */
async function tellCounterparts(tx: Tx, user: User, dueAt: Date): Promise<void> {
  for (const mentorship of await activeMentorshipsOf(tx, user.id)) {
    await notify(tx, {
      recipientId: mentorship.counterpartId,
      type: "counterpart_leaving",
      actorId: user.id,
      requestId: mentorship.id,
      data: { name: user.displayName, due: deletionDay(dueAt) },
      email: {
        subject: `${user.displayName} is leaving Landed`,
        text: `${user.displayName} asked to delete their Landed account. Your shared mentorship space closes on ${deletionDay(dueAt)}, and everything in it is erased then. To keep a copy of your messages and checklist, download your data from Settings → Your data before that day.`,
        path: `/mentorships/${mentorship.id}`,
      },
    });
  }
}

/**
 * Keeps an account set to be deleted: the person signs in again with their password, which is
 * checked (and throttled) like any sign-in. "invalid" when email and password do not match an
 * account being deleted; "too-late" once its day has come (erasure may have begun: its files go
 * first, so the account can no longer come back whole).
 */
export async function cancelAccountDeletion(
  email: string,
  password: string,
  address: string,
  now = new Date(),
): Promise<"kept" | "invalid" | "too-late"> {
  const result = await verifyCredentials(email, password, address, { now });
  if (result.ok || result.reason !== "deleting") return "invalid";
  if (result.until && result.until <= now) return "too-late";
  const kept = await db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({
        status: "active",
        deletionRequestedAt: null,
        deletionDueAt: null,
        deletionRemovesPosts: false,
      })
      .where(
        and(
          eq(sql`lower(${users.email})`, email.toLowerCase()),
          eq(users.status, "deleting"),
          gt(users.deletionDueAt, now),
        ),
      )
      .returning({ id: users.id });
    if (!user) return false;
    await recordAudit(tx, {
      actorId: user.id,
      action: "account.deletion_cancelled",
      targetType: "user",
      targetId: user.id,
    });
    return true;
  });
  if (!kept) return "too-late";
  logger.info({ event: "account.deletion_cancelled" }, "account deletion cancelled");
  return "kept";
}
