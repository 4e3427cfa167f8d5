// Reads of matching: the signed-in applicant's ranked mentors, ready for cards.
import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { applicantProfiles, bookmarks, criterionAssessments } from "@/db/schema";
import type { CriterionCode, Strength } from "@/lib/domain/criteria";
import { getMentorSummaries } from "@/lib/mentors/queries";
import { getMatchCandidates } from "./candidates";
import type { ScoreOptions } from "./prepare";
import { rankMentors, type RankedMentor } from "./rank";
import { MATCH_RANKING_SIZE, storedRankingOrMoment, storeRanking } from "./stored";
import type { ApplicantFacts, MentorMatch } from "./types";
import type { Actor } from "@/lib/auth/actor";

interface AssessmentRow {
  pathway: string;
  criterion: string;
  strength: Strength;
}

/** The actor's own applicant profile and self-assessment, as scoring reads them; null without a profile. */
export async function getApplicantFacts(actor: Actor): Promise<ApplicantFacts | null> {
  const [row] = await db
    .select({
      targetPathways: applicantProfiles.targetPathways,
      stage: applicantProfiles.stage,
      field: applicantProfiles.field,
      keywords: applicantProfiles.keywords,
      countryOfBirth: applicantProfiles.countryOfBirth,
      languages: applicantProfiles.languages,
      timezone: applicantProfiles.timezone,
      assessments: sql<unknown>`(select json_agg(json_build_object('pathway', ${criterionAssessments.pathway}, 'criterion', ${criterionAssessments.criterion}, 'strength', ${criterionAssessments.strength})) from ${criterionAssessments} where ${criterionAssessments.userId} = ${actor.id})`,
    })
    .from(applicantProfiles)
    .where(eq(applicantProfiles.userId, actor.id))
    .limit(1);
  if (!row) return null;
  const parsed: unknown =
    typeof row.assessments === "string" ? JSON.parse(row.assessments) : row.assessments;
  const assessments: ApplicantFacts["assessments"] = {};
  for (const a of Array.isArray(parsed) ? (parsed as AssessmentRow[]) : []) {
    const pathway = row.targetPathways.find((p) => p === a.pathway);
    if (!pathway) continue;
    (assessments[pathway] ??= {})[a.criterion as CriterionCode] = a.strength;
  }
  return {
    userId: actor.id,
    targetPathways: row.targetPathways,
    assessments,
    stage: row.stage,
    field: row.field,
    keywords: row.keywords,
    countryOfBirth: row.countryOfBirth,
    languages: row.languages,
    timezone: row.timezone,
  };
}

/**
 * The actor's top mentor matches, best first, each with its reasons; null when the actor has no
 * applicant profile or no target pathway yet. The ranking is reused while nothing it was ranked
 * from changed (./stored.ts); a ranking for another moment (`now`, tests) is never stored.
 */
export async function getMentorMatches(
  actor: Actor,
  { limit = 20, now }: { limit?: number } & ScoreOptions = {},
): Promise<MentorMatch[] | null> {
  const reusable = !now && limit <= MATCH_RANKING_SIZE;
  const stored = reusable ? await storedRankingOrMoment(actor) : null;
  let ranked = stored?.ranked ?? null;
  if (!ranked) {
    const applicant = await getApplicantFacts(actor);
    if (!applicant || applicant.targetPathways.length === 0) return null;
    const candidates = await getMatchCandidates(applicant);
    ranked = rankMentors(applicant, candidates, {
      limit: reusable ? MATCH_RANKING_SIZE : limit,
      now,
    });
    if (stored) await storeRanking(actor, ranked, stored.moment);
  }
  return withSummaries(actor, ranked.slice(0, limit));
}

/** The ranked mentors as cards: each one's current summary and whether the actor saved them. */
async function withSummaries(actor: Actor, ranked: RankedMentor[]): Promise<MentorMatch[]> {
  const ids = ranked.map((r) => r.userId);
  if (ids.length === 0) return [];
  const [summaries, saved] = await Promise.all([
    getMentorSummaries(actor, ids),
    db
      .select({ id: bookmarks.targetId })
      .from(bookmarks)
      .where(
        and(
          eq(bookmarks.userId, actor.id),
          eq(bookmarks.targetType, "mentor"),
          inArray(bookmarks.targetId, ids),
        ),
      ),
  ]);
  const byId = new Map(summaries.map((s) => [s.userId, s]));
  const bookmarked = new Set(saved.map((b) => b.id));
  const matches: MentorMatch[] = [];
  for (const r of ranked) {
    const mentor = byId.get(r.userId);
    if (!mentor) continue;
    matches.push({
      rank: matches.length + 1,
      mentor,
      score: r.score,
      reasons: r.reasons,
      bookmarked: bookmarked.has(r.userId),
    });
  }
  return matches;
}
