// Staff checks for moderation and administration, made in the data layer by every function: a
// member or a moderator who reaches an action above their role changes nothing, and the attempt
// is written to the audit log as "denied" (docs/security.md #6: refused, and logged).
// Denials are counted on one row per actor, attempted action and hour, and past a rate limit
// nothing more is written, so nobody can flood the append-only log (docs/security.md #29).
import "server-only";
import { db } from "@/db/client";
import type { UserRole } from "@/db/schema";
import { recordDenial } from "@/lib/audit";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { ForbiddenError } from "@/lib/errors";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import type { Actor } from "@/lib/auth/actor";

/** Refused staff calls one member may make before they are refused without being recorded again. */
export const deniedPerUser: RateLimitRule = {
  name: "staff-denied:user",
  limit: 30,
  windowSeconds: 10 * 60,
};

/**
 * Throws ForbiddenError unless the actor has `role`; a refusal is audited as `denied` with the
 * action that was attempted and its target (counted on the hour's row for that action).
 */
export async function requireStaffRole(
  actor: Actor,
  role: Exclude<UserRole, "member">,
  attempted: { action: string; targetType: string; targetId: string },
  now = new Date(),
): Promise<void> {
  if (hasRoleAtLeast(actor, role)) return;
  await enforceRateLimits([[deniedPerUser, actor.id]], now);
  await db.transaction((tx) =>
    recordDenial(
      tx,
      {
        actorId: actor.id,
        targetType: attempted.targetType,
        targetId: attempted.targetId,
        metadata: { attempted: attempted.action, role: actor.role, required: role },
      },
      now,
    ),
  );
  throw new ForbiddenError(
    role === "admin" ? "Only an admin can do that." : "Only moderators and admins can do that.",
  );
}

/** requireStaffRole for a moderator's `action` on one item of the review queue. */
export function requireQueueModerator(actor: Actor, itemId: string, action: string): Promise<void> {
  return requireStaffRole(actor, "moderator", {
    action,
    targetType: "queue_item",
    targetId: itemId,
  });
}
