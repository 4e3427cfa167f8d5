// The hard filters of matching, in one SQL query: only mentors worth scoring, only what scoring needs.
import "server-only";
import { and, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { accountUsableSql } from "@/lib/auth/usable";
import { textArray } from "@/lib/sql";
import { caseRecords, mentorProfiles, users } from "@/db/schema";
import { chargeabilityOf } from "@/lib/domain/countries";
import type { ApplicantFacts, MentorCaseFacts, MentorFacts, MentorRfeFacts } from "./types";
import { longQueueAreas, weights as w } from "./weights";

/**
 * At most this many candidates leave the database, the best by pre-score: 25 pages of 20, so
 * the exact score re-ranks plenty, while 20,000 mentors cost little more than 2,000.
 */
export const CANDIDATE_CAP = 500;

function parseJson<T>(value: unknown): T[] {
  const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

/**
 * Mentors the applicant may be matched with: an approved case on one of their target pathways,
 * accepting, a free seat, an active account, not the applicant. Visibility is applied here: the
 * country of birth only when not private, RFEs only when case details are not private.
 * Beyond `cap` candidates, the ones with the best pre-score (docs/decisions/004-matching.md).
 */
export async function getMatchCandidates(
  applicant: ApplicantFacts,
  { cap = CANDIDATE_CAP }: { cap?: number } = {},
): Promise<MentorFacts[]> {
  const targets = [...applicant.targetPathways];
  if (targets.length === 0 || cap <= 0) return [];
  // Per target pathway, the criteria where the applicant is weak, as one cheap SQL expression.
  const weakTerms = targets.flatMap((p) => {
    const weak = Object.entries(applicant.assessments[p] ?? {})
      .filter(([, s]) => s === "none" || s === "some")
      .map(([c]) => sql`(${c} = any(${caseRecords.criteriaAccepted}))::int`);
    return weak.length ? [sql`when ${p} then ${sql.join(weak, sql` + `)}`] : [];
  });
  const weakAccepted = weakTerms.length
    ? sql`case ${caseRecords.pathway} ${sql.join(weakTerms, sql` `)} else 0 end`
    : sql`0`;
  const onTargets = and(eq(caseRecords.outcome, "approved"), inArray(caseRecords.pathway, targets));

  // Stage 1: per mentor, the cheap facts of their approved cases on the applicant's targets.
  const shared = db
    .select({
      mentorUserId: caseRecords.mentorUserId,
      // Cases rather than distinct pathways: a hash aggregate, and two approvals on one pathway are rare.
      pathways: sql<number>`count(*)`.as("pathways"),
      verified: sql<boolean>`bool_or(${caseRecords.verificationStatus} = 'verified')`.as(
        "verified",
      ),
      rfe: sql<boolean>`bool_or(${caseRecords.rfe})`.as("rfe"),
      weakAccepted: sql<number>`sum(${weakAccepted})`.as("weak_accepted"),
    })
    .from(caseRecords)
    .where(onTargets)
    .groupBy(caseRecords.mentorUserId)
    .as("shared");

  // Stage 2: the mentor's own hard filters, then the best `cap` by pre-score (ties by user id).
  const area = chargeabilityOf(applicant.countryOfBirth);
  const areaWeight = (longQueueAreas as readonly string[]).includes(area ?? "")
    ? w.chargeabilityLongQueue
    : w.chargeabilityRestOfWorld;
  const countryArea = sql`case when ${mentorProfiles.countryOfBirth} in ('CN', 'IN', 'MX', 'PH') then ${mentorProfiles.countryOfBirth} else 'ROW' end`;
  const languages = applicant.languages.filter((l) => l !== "en");
  // An estimate of score.ts from columns alone; topics and time zones are left to the exact score.
  const terms: SQL[] = [
    sql`${w.targetPathway} + ${w.furtherPathway} * (${shared.pathways} - 1)`,
    sql`case when ${shared.verified} then ${w.verifiedOutcome} else 0 end`,
    sql`least(${shared.weakAccepted}, ${w.complementsMaxCriteria}) * ${w.complementsNone}`,
    sql`case when ${mentorProfiles.field} = ${applicant.field ?? ""} then ${w.sameField} else 0 end`,
    sql`case when ${mentorProfiles.languages} && ${textArray(languages)} then ${w.sharedLanguage} else 0 end`,
    sql`${w.loadAtFull} * ${mentorProfiles.activeMentees}::numeric / ${mentorProfiles.capacity}`,
    sql`least(0, greatest(${w.pendingEach} * (${mentorProfiles.pendingRequests} - ${w.pendingFree}), ${w.pendingMax}))`,
  ];
  if (applicant.stage === "rfe") {
    terms.push(
      sql`case when ${shared.rfe} and ${mentorProfiles.caseDetailsVisibility} <> 'private' then ${w.rfeOnPathway + w.rfeOnWeakCriterion} else 0 end`,
    );
  }
  if (area) {
    terms.push(
      sql`case when ${mentorProfiles.countryVisibility} <> 'private' and ${countryArea} = ${area} then ${areaWeight} else 0 end`,
    );
  }
  const preScore = sql<number>`(${sql.join(terms, sql` + `)})`;
  const best = db
    .select({ userId: mentorProfiles.userId, preScore: preScore.as("pre_score") })
    .from(shared)
    .innerJoin(mentorProfiles, eq(mentorProfiles.userId, shared.mentorUserId))
    .where(
      and(
        eq(mentorProfiles.accepting, true),
        sql`${mentorProfiles.activeMentees} < ${mentorProfiles.capacity}`,
        ne(mentorProfiles.userId, applicant.userId),
      ),
    )
    .orderBy(sql`pre_score desc`, mentorProfiles.userId)
    .limit(cap)
    .as("best");

  // Stage 3: active accounts only, and what scoring needs, built only for those; private facts
  // never leave the database.
  const cases = sql`(select json_agg(json_build_object('pathway', ${caseRecords.pathway}, 'criteriaAccepted', ${caseRecords.criteriaAccepted}, 'verified', ${caseRecords.verificationStatus} = 'verified') order by ${caseRecords.pathway}, ${caseRecords.id}) from ${caseRecords} where ${caseRecords.mentorUserId} = ${best.userId} and ${onTargets})`;
  const rfes = sql`case when ${mentorProfiles.caseDetailsVisibility} <> 'private' then (select json_agg(json_build_object('pathway', ${caseRecords.pathway}, 'criteria', ${caseRecords.rfeCriteria}) order by ${caseRecords.pathway}, ${caseRecords.id}) from ${caseRecords} where ${caseRecords.mentorUserId} = ${best.userId} and ${caseRecords.rfe} and ${onTargets}) end`;
  const rows = await db
    .select({
      userId: mentorProfiles.userId,
      cases,
      rfes,
      field: mentorProfiles.field,
      topics: mentorProfiles.topics,
      languages: mentorProfiles.languages,
      timezone: mentorProfiles.timezone,
      countryOfBirth: sql<
        string | null
      >`case when ${mentorProfiles.countryVisibility} <> 'private' then ${mentorProfiles.countryOfBirth} end`,
      accepting: mentorProfiles.accepting,
      capacity: mentorProfiles.capacity,
      activeMentees: mentorProfiles.activeMentees,
      pendingRequests: mentorProfiles.pendingRequests,
    })
    .from(best)
    .innerJoin(mentorProfiles, eq(mentorProfiles.userId, best.userId))
    // Account status after the cap: far cheaper than checking every user, and banned or
    // suspended mentors are few (they only take a few of the `cap` places).
    .innerJoin(users, eq(users.id, best.userId))
    .where(accountUsableSql());

  return rows.map((r) => ({
    ...r,
    cases: parseJson<MentorCaseFacts>(r.cases),
    rfes: parseJson<MentorRfeFacts>(r.rfes),
  }));
}
