// Who is in an accepted mentorship with whom: the one rule behind the "private" visibility level
// ("only me, my mentors or mentees, and admins"). Pending, declined, withdrawn, expired and ended
// (completed) requests give no access; ending a mentorship ends it at the next read.
import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { mentorshipRequests } from "@/db/schema";

/**
 * True when `viewerId` and the user in `userColumn` are the two sides of an accepted mentorship,
 * either way round. A fragment, so list queries decide it for every row in the same statement.
 */
export function counterpartSql(viewerId: string, userColumn: AnyColumn | SQL): SQL<boolean> {
  const r = mentorshipRequests;
  return sql<boolean>`exists (select 1 from ${r} where ${r.state} = 'accepted' and ((${r.applicantId} = ${viewerId} and ${r.mentorId} = ${userColumn}) or (${r.mentorId} = ${viewerId} and ${r.applicantId} = ${userColumn})))`;
}
