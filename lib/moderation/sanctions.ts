// Suspending, banning and restoring people. Moderators suspend and restore members; only admins
// ban, lift a ban, or sanction staff. Each sanction ends every session of the person at once and
// writes an appealable decision and an audit row, in one transaction.
import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { moderationDecisions, users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { enqueueEmail } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { APPEAL_LINK_DAYS, issueAppealToken } from "./appeal-token";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { requireStaffRole } from "./authz";
import { assertAdminRemains, lockAdmins } from "./roles";
import { DAY_MS, MAX_SUSPENSION_DAYS } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

export interface SuspendInput {
  userId: string;
  /** null suspends until a moderator restores the account. */
  until: Date | null;
  reason: string;
}

export interface BanInput {
  userId: string;
  reason: string;
}

type Attempt = "user.suspend" | "user.ban" | "user.restore";

/** Checks the actor's role and finds the person; the rules that depend on their row run locked. */
async function loadTarget(actor: Actor, userId: string, action: Attempt): Promise<User> {
  await requireStaffRole(actor, action === "user.ban" ? "admin" : "moderator", {
    action,
    targetType: "user",
    targetId: userId,
  });
  if (actor.id === userId)
    throw new ValidationError(
      action === "user.ban"
        ? "You cannot ban your own account."
        : "You cannot suspend or restore your own account.",
    );
  const [target] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!target) throw new NotFoundError("That member does not exist.");
  assertMayActOn(actor, target);
  return target;
}

// Staff are answerable to admins only.
function assertMayActOn(actor: Actor, target: Pick<User, "role">): void {
  if (target.role !== "member" && actor.role !== "admin")
    throw new ForbiddenError("Only an admin can sanction staff.");
}

/**
 * Runs `fn` on the person's row locked for this transaction. Admin rows are locked first when the
 * person is an admin (the order changeRole uses), and an admin taken out of action must leave
 * another admin who can act.
 */
function withLockedTarget<T>(
  actor: Actor,
  seen: User,
  takesOutOfAction: boolean,
  fn: (tx: Tx, target: User) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const admins = seen.role === "admin" ? await lockAdmins(tx, actor) : null;
    const [target] = await tx.select().from(users).where(eq(users.id, seen.id)).for("update");
    if (!target) throw new NotFoundError("That member does not exist.");
    if (target.role !== seen.role)
      throw new ConflictError("This person's role changed a moment ago. Reload and try again.");
    if (target.status === "deleting")
      throw new ConflictError(
        "This account is being deleted at its owner's request: it is already disabled.",
      );
    assertMayActOn(actor, target);
    if (admins && takesOutOfAction) assertAdminRemains(admins, target.id);
    return fn(tx, target);
  });
}

/** Sanctions still in force for the person end: a new one replaces them, a restore lifts them. */
async function closeOpenSanctions(tx: Tx, userId: string): Promise<void> {
  await tx
    .update(moderationDecisions)
    .set({ reversedAt: new Date() })
    .where(
      and(
        eq(moderationDecisions.subjectUserId, userId),
        inArray(moderationDecisions.action, ["suspend", "ban"]),
        isNull(moderationDecisions.reversedAt),
      ),
    );
}

/** Blocks the account and ends all its sessions; returns the decision the person can appeal. */
async function sanction(
  tx: Tx,
  actor: Actor,
  target: User,
  kind: "suspend" | "ban",
  until: Date | null,
  reason: string,
): Promise<{ decisionId: string }> {
  const status = kind === "ban" ? "banned" : "suspended";
  await tx
    .update(users)
    .set({ status, suspendedUntil: until, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, target.id));
  await closeOpenSanctions(tx, target.id);
  const [decision] = await tx
    .insert(moderationDecisions)
    .values({ subjectUserId: target.id, action: kind, reason, until, actorId: actor.id })
    .returning({ id: moderationDecisions.id });
  await recordAudit(tx, {
    actorId: actor.id,
    action: `user.${kind}`,
    targetType: "user",
    targetId: target.id,
    reason,
    before: { status: target.status, suspendedUntil: target.suspendedUntil },
    after: { status, suspendedUntil: until },
    metadata: { decisionId: decision!.id },
  });
  // They are signed out and cannot sign in: the email says why and carries a link to appeal.
  const link = new URL(
    `/appeal?token=${await issueAppealToken(tx, target.id, decision!.id)}`,
    env().APP_URL,
  ).toString();
  const what =
    kind === "ban"
      ? "Your Landed account has been closed for breaking the community rules."
      : until
        ? `Your Landed account is suspended until ${until.toUTCString().replace(/ GMT$/, " UTC")}.`
        : "Your Landed account is suspended until a moderator restores it.";
  await enqueueEmail(tx, {
    to: target.email,
    subject: kind === "ban" ? "Your Landed account is closed" : "Your Landed account is suspended",
    text: `${what}\n\nReason: ${reason}\n\nIf you think this is a mistake, you can appeal once, within ${APPEAL_LINK_DAYS} days: ${link}\n\nA different moderator reviews appeals.\n\n— Landed`,
    kind: "sanction",
  });
  return { decisionId: decision!.id };
}

export async function suspendUser(
  actor: Actor,
  input: SuspendInput,
): Promise<{ decisionId: string }> {
  const seen = await loadTarget(actor, input.userId, "user.suspend");
  const now = Date.now();
  if (input.until && input.until.getTime() <= now)
    throw new ValidationError("Choose an end date in the future.");
  // A day of slack over the form's limit, which counts whole days in UTC.
  if (input.until && input.until.getTime() > now + (MAX_SUSPENSION_DAYS + 1) * DAY_MS)
    throw new ValidationError(
      `A suspension lasts at most ${MAX_SUSPENSION_DAYS} days; ban the account instead.`,
    );
  return withLockedTarget(actor, seen, true, (tx, target) => {
    if (target.status === "banned")
      throw new ValidationError("This account is banned. An admin can lift the ban first.");
    return sanction(tx, actor, target, "suspend", input.until, input.reason);
  });
}

export async function banUser(actor: Actor, input: BanInput): Promise<{ decisionId: string }> {
  const seen = await loadTarget(actor, input.userId, "user.ban");
  return withLockedTarget(actor, seen, true, (tx, target) => {
    if (target.status === "banned") throw new ValidationError("This account is already banned.");
    return sanction(tx, actor, target, "ban", null, input.reason);
  });
}

export async function restoreUser(actor: Actor, userId: string, reason: string): Promise<void> {
  const seen = await loadTarget(actor, userId, "user.restore");
  // Only the role that bans may lift a ban.
  if (seen.status === "banned")
    await requireStaffRole(actor, "admin", {
      action: "user.restore",
      targetType: "user",
      targetId: seen.id,
    });
  await withLockedTarget(actor, seen, false, async (tx, target) => {
    if (target.status === "active")
      throw new ValidationError("This account is not suspended or banned.");
    if (target.status === "banned" && actor.role !== "admin")
      throw new ForbiddenError("Only an admin can lift a ban.");
    await tx
      .update(users)
      .set({ status: "active", suspendedUntil: null })
      .where(eq(users.id, target.id));
    await closeOpenSanctions(tx, target.id);
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.restore",
      targetType: "user",
      targetId: target.id,
      reason,
      before: { status: target.status, suspendedUntil: target.suspendedUntil },
      after: { status: "active", suspendedUntil: null },
    });
  });
}
