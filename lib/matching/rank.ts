// Ranking in one pass: score every candidate without labels, keep the best N, explain only those.
import { evaluate, explain } from "./score";
import { passesHardFilters, prepareApplicant, type ScoreOptions } from "./prepare";
import type { ApplicantFacts, MatchResult, MentorFacts } from "./types";

export interface RankedMentor extends MatchResult {
  userId: string;
}

/** Higher score first; equal scores by mentor user id, so the same input always gives the same order. */
export function compareRanked(
  x: { score: number; userId: string },
  y: { score: number; userId: string },
): number {
  if (x.score !== y.score) return y.score - x.score;
  return x.userId < y.userId ? -1 : x.userId > y.userId ? 1 : 0;
}

/**
 * The top `limit` mentors that pass the hard filters, in one pass: score everyone without
 * labels, keep the best in a small sorted list, then explain only those.
 */
export function rankMentors(
  applicant: ApplicantFacts,
  mentors: readonly MentorFacts[],
  options: ScoreOptions & { limit?: number } = {},
): RankedMentor[] {
  const limit = Math.max(0, options.limit ?? 20);
  const prep = prepareApplicant(applicant, options);
  const top: Array<{ score: number; userId: string; mentor: MentorFacts }> = [];
  for (const mentor of mentors) {
    if (!passesHardFilters(applicant, mentor)) continue;
    const s = evaluate(prep, mentor, null);
    const entry = { score: s, userId: mentor.userId, mentor };
    if (top.length === limit) {
      // Not better than the last kept one: the common case once the list is full.
      if (limit === 0 || compareRanked(entry, top[limit - 1]!) >= 0) continue;
      top.pop();
    }
    let i = top.length;
    while (i > 0 && compareRanked(entry, top[i - 1]!) < 0) i--;
    top.splice(i, 0, entry);
  }
  return top.map((t) => ({ userId: t.userId, ...explain(prep, t.mentor) }));
}
