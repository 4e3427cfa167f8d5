// Changing a person's role (admins only). Landed always keeps one admin who can act: the admin
// rows are locked in the transaction that changes them, so two admins demoting each other at the
// same moment cannot both succeed.
import "server-only";
import { asc, eq } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { users, type User, type UserRole } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { isAccountUsable } from "@/lib/auth/usable";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { requireStaffRole } from "./authz";
import { roleLabels } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

export const LAST_ADMIN_MESSAGE =
  "Landed needs at least one admin who can sign in: make someone else an admin first.";

type AdminRow = Pick<User, "id" | "status" | "suspendedUntil">;

/**
 * Locks every admin row for the rest of the transaction (in id order, so concurrent callers queue
 * instead of deadlocking) and checks the actor is still an admin who may act.
 */
export async function lockAdmins(tx: Tx, actor: Actor): Promise<AdminRow[]> {
  const admins = await tx
    .select({ id: users.id, status: users.status, suspendedUntil: users.suspendedUntil })
    .from(users)
    .where(eq(users.role, "admin"))
    .orderBy(asc(users.id))
    .for("update");
  const self = admins.find((a) => a.id === actor.id);
  if (!self || !isAccountUsable(self)) throw new ForbiddenError("Only an admin can do that.");
  return admins;
}

/** Refuses a change that would leave no admin able to sign in once `leaving` is no longer one. */
export function assertAdminRemains(admins: AdminRow[], leaving: string): void {
  const remaining = admins.filter((a) => a.id !== leaving && isAccountUsable(a));
  if (remaining.length === 0) throw new ConflictError(LAST_ADMIN_MESSAGE);
}

export interface ChangeRoleInput {
  userId: string;
  role: UserRole;
  reason: string;
}

export async function changeRole(actor: Actor, input: ChangeRoleInput): Promise<void> {
  await requireStaffRole(actor, "admin", {
    action: "user.role_change",
    targetType: "user",
    targetId: input.userId,
  });
  await db.transaction(async (tx) => {
    const admins = await lockAdmins(tx, actor);
    const [target] = await tx
      .select({ id: users.id, role: users.role, displayName: users.displayName })
      .from(users)
      .where(eq(users.id, input.userId))
      .for("update");
    if (!target) throw new NotFoundError("That member does not exist.");
    if (target.role === input.role) {
      throw new ValidationError(
        `${target.displayName} is already ${input.role === "admin" ? "an" : "a"} ${roleLabels[input.role].toLowerCase()}.`,
        { role: ["Choose a different role."] },
      );
    }
    if (target.role === "admin") assertAdminRemains(admins, target.id);
    await tx.update(users).set({ role: input.role }).where(eq(users.id, target.id));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.role_change",
      targetType: "user",
      targetId: target.id,
      reason: input.reason,
      before: { role: target.role },
      after: { role: input.role },
    });
  });
}
