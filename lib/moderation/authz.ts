// Staff checks for moderation and administration, made in the data layer by every function: a
// member or a moderator who reaches an action above their role changes nothing, and the attempt
// is written to the audit log as "denied" (SECURITY.md: crafted requests are refused and logged).
import { db } from "@/db/client";
import type { User, UserRole } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { ForbiddenError } from "@/lib/errors";

export type StaffActor = Pick<User, "id" | "role">;

/**
 * Throws ForbiddenError unless the actor has `role`; a refusal is audited as `denied` with the
 * action that was attempted and its target.
 */
export async function requireStaffRole(
  actor: StaffActor,
  role: Exclude<UserRole, "member">,
  attempted: { action: string; targetType: string; targetId: string },
): Promise<void> {
  if (hasRoleAtLeast(actor, role)) return;
  await db.transaction((tx) =>
    recordAudit(tx, {
      actorId: actor.id,
      action: "denied",
      targetType: attempted.targetType,
      targetId: attempted.targetId,
      metadata: { attempted: attempted.action, role: actor.role, required: role },
    }),
  );
  throw new ForbiddenError(
    role === "admin" ? "Only an admin can do that." : "Only moderators and admins can do that.",
  );
}
