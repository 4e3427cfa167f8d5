// Request deadlines: an open request expires REQUEST_TTL_DAYS after it was sent or last asked
// about. No "server-only" import: the background sweep records the expiries.
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { mentorProfiles, mentorshipRequests } from "@/db/schema";
import { DAY_MS } from "@/lib/rate-limit";
import { OPEN_STATES, REQUEST_TTL_DAYS } from "./states";

const openStates = [...OPEN_STATES];

export function deadlineFrom(now: Date): Date {
  return new Date(now.getTime() + REQUEST_TTL_DAYS * DAY_MS);
}

/** Records as expired the open requests whose deadline has passed (the job does this for all). */
export async function recordExpiries(
  tx: Tx,
  where: ReturnType<typeof and>,
  now: Date,
): Promise<number> {
  const expired = await tx
    .update(mentorshipRequests)
    .set({ state: "expired", closedAt: now })
    .where(
      and(
        inArray(mentorshipRequests.state, openStates),
        lte(mentorshipRequests.deadlineAt, now),
        where,
      ),
    )
    .returning({ mentorId: mentorshipRequests.mentorId });
  for (const { mentorId } of expired) {
    await tx
      .update(mentorProfiles)
      .set({ pendingRequests: sql`greatest(${mentorProfiles.pendingRequests} - 1, 0)` })
      .where(eq(mentorProfiles.userId, mentorId));
  }
  return expired.length;
}

/** Every request past its deadline, recorded as expired; run by the background job. */
export async function expireOverdueRequests(now = new Date()): Promise<number> {
  return db.transaction((tx) => recordExpiries(tx, sql`true`, now));
}
