// SQL fragments shared by the mentor queries: the verified-mentor rule and the summary columns of a card.
import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { caseRecords, mentorProfiles, users } from "@/db/schema";

/**
 * A verified mentor: the user in `userId` has an approved case record verified by an admin.
 * Use it in a WHERE clause or a select with a join: Drizzle prints a single-table select list's
 * columns unqualified, which would bind the subquery's columns to case_records.
 */
export function verifiedMentorSql(userId: AnyColumn): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${caseRecords} where ${caseRecords.mentorUserId} = ${userId} and ${caseRecords.outcome} = 'approved' and ${caseRecords.verificationStatus} = 'verified')`;
}

/** The case summaries (pathway, outcome, decided year, verified) as one JSON array, newest first. */
export const caseSummariesJson: SQL<unknown> = sql`coalesce((select json_agg(json_build_object('pathway', ${caseRecords.pathway}, 'outcome', ${caseRecords.outcome}, 'decidedYear', extract(year from ${caseRecords.decidedMonth})::int, 'verified', ${caseRecords.verificationStatus} = 'verified') order by ${caseRecords.decidedMonth} desc nulls last, ${caseRecords.createdAt}, ${caseRecords.id}) from ${caseRecords} where ${caseRecords.mentorUserId} = ${mentorProfiles.userId}), '[]'::json)`;

/** The columns every MentorSummary is built from; the bio is cut in SQL so long bios never travel. */
export const summaryColumns = {
  userId: mentorProfiles.userId,
  handle: users.handle,
  displayName: users.displayName,
  bioStart: sql<string>`left(${mentorProfiles.bio}, 240)`,
  field: mentorProfiles.field,
  topics: mentorProfiles.topics,
  languages: mentorProfiles.languages,
  verified: verifiedMentorSql(mentorProfiles.userId),
  accepting: mentorProfiles.accepting,
  capacity: mentorProfiles.capacity,
  activeMentees: mentorProfiles.activeMentees,
  cases: caseSummariesJson,
};
