// Suspending and restoring members. Each change ends the member's sessions and is audited in the
// same transaction.
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

export interface SuspendInput {
  userId: string;
  /** null suspends until a moderator restores the account. */
  until: Date | null;
  reason: string;
}

async function loadTarget(actor: Pick<User, "id" | "role">, userId: string): Promise<User> {
  if (!hasRoleAtLeast(actor, "moderator")) throw new ForbiddenError();
  if (actor.id === userId)
    throw new ValidationError("You cannot suspend or restore your own account.");
  const [target] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!target) throw new NotFoundError("That member does not exist.");
  // Staff are answerable to admins only.
  if (target.role !== "member" && actor.role !== "admin")
    throw new ForbiddenError("Only an admin can sanction staff.");
  return target;
}

export async function suspendUser(
  actor: Pick<User, "id" | "role">,
  input: SuspendInput,
): Promise<void> {
  const target = await loadTarget(actor, input.userId);
  if (input.until && input.until <= new Date())
    throw new ValidationError("Choose an end date in the future.");
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        status: "suspended",
        suspendedUntil: input.until,
        sessionVersion: sql`${users.sessionVersion} + 1`,
      })
      .where(eq(users.id, target.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.suspend",
      targetType: "user",
      targetId: target.id,
      reason: input.reason,
      before: { status: target.status, suspendedUntil: target.suspendedUntil },
      after: { status: "suspended", suspendedUntil: input.until },
    });
  });
}

export async function restoreUser(
  actor: Pick<User, "id" | "role">,
  userId: string,
  reason: string,
): Promise<void> {
  const target = await loadTarget(actor, userId);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ status: "active", suspendedUntil: null })
      .where(eq(users.id, target.id));
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
