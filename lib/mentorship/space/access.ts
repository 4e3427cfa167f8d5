// Who may change a mentorship space, and how often: the lock every write in the space takes first.
import "server-only";
import { db, type Tx } from "@/db/client";
import type { MentorshipRequest, User } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import { lockAsMember, type Member } from "../moves";
import { isUuid } from "@/lib/ids";

export const spaceLimits = {
  messagesPerUser: { name: "mentorship-message:user", limit: 30, windowSeconds: 10 * 60 },
  checklistPerUser: { name: "mentorship-checklist:user", limit: 60, windowSeconds: 10 * 60 },
  goalsPerUser: { name: "mentorship-goal:user", limit: 60, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

/**
 * Locks the mentorship for a change by one of its members. Someone else learns nothing (not
 * found); a completed or never-accepted mentorship is read-only.
 */
export async function lockForChange(
  tx: Tx,
  actor: Pick<User, "id">,
  requestId: string,
  allowed: MentorshipRequest["state"] = "accepted",
): Promise<{ request: MentorshipRequest; party: Member }> {
  if (!isUuid(requestId)) throw new NotFoundError("That mentorship does not exist.");
  const { request, party } = await lockAsMember(tx, actor, requestId);
  if (!request || !party || (request.state !== "accepted" && request.state !== "completed")) {
    throw new NotFoundError("That mentorship does not exist.");
  }
  if (request.state !== allowed) {
    throw new ConflictError(
      allowed === "accepted"
        ? "This mentorship has ended, so its space can no longer be changed."
        : "You can leave feedback once the mentorship has ended.",
    );
  }
  return { request, party };
}

/**
 * A change to a space by one of its members: counted against their `limit` of spaceLimits, then
 * made in one transaction with the mentorship locked for the change (lockForChange).
 */
export async function changeSpace<T>(
  actor: Pick<User, "id">,
  requestId: string,
  limit: keyof typeof spaceLimits,
  now: Date,
  change: (tx: Tx, locked: { request: MentorshipRequest; party: Member }) => Promise<T>,
): Promise<T> {
  await enforceRateLimits([[spaceLimits[limit], actor.id]], now);
  return db.transaction(async (tx) => change(tx, await lockForChange(tx, actor, requestId)));
}
