// Recording that a member accepted the terms, privacy notice and guidelines: the version and the
// time, on the users row (checked on every request) and in the append-only history.
import "server-only";
import { eq } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { policyAcceptances, users, type User } from "@/db/schema";
import { ValidationError } from "@/lib/errors";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import { isCurrentPolicyVersion, STALE_POLICY_VERSION } from "./versions";

export const policyLimits = {
  acceptPerUser: { name: "policies-accept:user", limit: 10, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

/** Writes one acceptance inside the caller's transaction (sign-up, or the page that asks again). */
export async function recordPolicyAcceptance(
  tx: Tx,
  userId: string,
  version: string,
  now: Date,
): Promise<void> {
  // A double submit keeps the first record of this version; the users row follows the latest.
  await tx
    .insert(policyAcceptances)
    .values({ userId, version, acceptedAt: now })
    .onConflictDoNothing();
  await tx
    .update(users)
    .set({ policyVersion: version, policyAcceptedAt: now })
    .where(eq(users.id, userId));
}

/**
 * The signed-in member accepts the version they were shown. A version published while the page
 * was open is refused, so nobody accepts text they have not been shown.
 */
export async function acceptPolicies(
  actor: Pick<User, "id">,
  version: string,
  now = new Date(),
): Promise<Pick<User, "policyVersion" | "policyAcceptedAt">> {
  if (!isCurrentPolicyVersion(version)) throw new ValidationError(STALE_POLICY_VERSION);
  await enforceRateLimits([[policyLimits.acceptPerUser, actor.id]], now);
  await db.transaction((tx) => recordPolicyAcceptance(tx, actor.id, version, now));
  return { policyVersion: version, policyAcceptedAt: now };
}
