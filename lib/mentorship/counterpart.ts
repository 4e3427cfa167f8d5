// Who is in an accepted mentorship with whom: the one rule behind the "private" visibility level
// ("only me, my mentors or mentees, and admins"). Pending, declined, withdrawn, expired and ended
// (completed) requests give no access; ending a mentorship ends it at the next read.
// No "server-only" import: account erasure (the background sweep) reads the counterparts too.
import { and, eq, or, sql, type AnyColumn, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { mentorshipRequests } from "@/db/schema";

/**
 * True when `viewerId` and the user in `userColumn` are the two sides of an accepted mentorship,
 * either way round. A fragment, so list queries decide it for every row in the same statement.
 */
export function counterpartSql(viewerId: string, userColumn: AnyColumn | SQL): SQL<boolean> {
  const r = mentorshipRequests;
  return sql<boolean>`exists (select 1 from ${r} where ${r.state} = 'accepted' and ((${r.applicantId} = ${viewerId} and ${r.mentorId} = ${userColumn}) or (${r.mentorId} = ${viewerId} and ${r.applicantId} = ${userColumn})))`;
}

/** The accepted mentorships a member is in, each with the other side (account deletion). */
export async function activeMentorshipsOf(
  tx: Tx,
  userId: string,
): Promise<Array<{ id: string; mentorId: string; applicantId: string; counterpartId: string }>> {
  const r = mentorshipRequests;
  const rows = await tx
    .select({ id: r.id, mentorId: r.mentorId, applicantId: r.applicantId })
    .from(r)
    .where(and(or(eq(r.applicantId, userId), eq(r.mentorId, userId)), eq(r.state, "accepted")));
  return rows.map((m) => ({
    ...m,
    counterpartId: m.applicantId === userId ? m.mentorId : m.applicantId,
  }));
}
