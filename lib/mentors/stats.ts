// Mentor statistics for cards and profiles: typical response time and the feedback aggregate.
import "server-only";
import { and, eq, gte, inArray, isNotNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { mentorProfiles, mentorshipFeedback, mentorshipRequests, users } from "@/db/schema";
import {
  median,
  RESPONSE_WINDOW_DAYS,
  toFeedbackSummary,
  type FeedbackSummary,
} from "./stats-math";
import { isUuid } from "@/lib/ids";

export type { FeedbackSummary } from "./stats-math";

const validIds = (ids: readonly string[]) => [...new Set(ids)].filter((id) => isUuid(id));

/**
 * Per mentor, the median hours from a request to the mentor's first answer (accept, decline or a
 * question), over requests made in the last 90 days that were answered; null when there are none.
 * One query.
 */
export async function responseStats(
  mentorIds: readonly string[],
  now = new Date(),
): Promise<Map<string, number | null>> {
  const ids = validIds(mentorIds);
  const result = new Map<string, number | null>(ids.map((id) => [id, null]));
  if (ids.length === 0) return result;
  const since = new Date(now.getTime() - RESPONSE_WINDOW_DAYS * 86_400_000);
  const rows = await db
    .select({
      mentorId: mentorshipRequests.mentorId,
      hours: sql<
        Array<number | string>
      >`array_agg((extract(epoch from (${mentorshipRequests.respondedAt} - ${mentorshipRequests.createdAt})) / 3600.0)::float8)`,
    })
    .from(mentorshipRequests)
    .where(
      and(
        inArray(mentorshipRequests.mentorId, ids),
        gte(mentorshipRequests.createdAt, since),
        isNotNull(mentorshipRequests.respondedAt),
      ),
    )
    .groupBy(mentorshipRequests.mentorId);
  for (const row of rows) result.set(row.mentorId, median(parseNumbers(row.hours)));
  return result;
}

/** Per mentor, the average rating and count of feedback, or null below 3 ratings. One query. */
export async function feedbackSummary(
  mentorIds: readonly string[],
): Promise<Map<string, FeedbackSummary | null>> {
  const ids = validIds(mentorIds);
  const result = new Map<string, FeedbackSummary | null>(ids.map((id) => [id, null]));
  if (ids.length === 0) return result;
  const rows = await db
    .select({
      mentorId: mentorshipRequests.mentorId,
      average: sql<string | null>`avg(${mentorshipFeedback.rating})::float8`,
      count: sql<number>`count(*)::int`,
    })
    .from(mentorshipFeedback)
    .innerJoin(mentorshipRequests, eq(mentorshipRequests.id, mentorshipFeedback.requestId))
    .where(inArray(mentorshipRequests.mentorId, ids))
    .groupBy(mentorshipRequests.mentorId);
  for (const row of rows) result.set(row.mentorId, toFeedbackSummary(row.average, row.count));
  return result;
}

/**
 * Columns for the cards' one query (correlated to mentor_profiles.user_id): the response hours of
 * the last 90 days as an array, and the feedback average and count. Read them with cardStatsOf.
 */
export function cardStatsColumns(now = new Date()) {
  const since = new Date(now.getTime() - RESPONSE_WINDOW_DAYS * 86_400_000).toISOString();
  return {
    responseHours: sql<unknown>`(select array_agg((extract(epoch from (${mentorshipRequests.respondedAt} - ${mentorshipRequests.createdAt})) / 3600.0)::float8) from ${mentorshipRequests} where ${mentorshipRequests.mentorId} = ${mentorProfiles.userId} and ${mentorshipRequests.respondedAt} is not null and ${mentorshipRequests.createdAt} >= ${since}::timestamptz)`,
    feedbackAverage: sql<
      string | number | null
    >`(select avg(${mentorshipFeedback.rating})::float8 from ${mentorshipFeedback} join ${mentorshipRequests} on ${mentorshipRequests.id} = ${mentorshipFeedback.requestId} where ${mentorshipRequests.mentorId} = ${mentorProfiles.userId})`,
    feedbackCount: sql<
      string | number
    >`(select count(*)::int from ${mentorshipFeedback} join ${mentorshipRequests} on ${mentorshipRequests.id} = ${mentorshipFeedback.requestId} where ${mentorshipRequests.mentorId} = ${mentorProfiles.userId})`,
  };
}

/** The card statistics from a row selected with cardStatsColumns. */
export function cardStatsOf(row: {
  responseHours: unknown;
  feedbackAverage: string | number | null;
  feedbackCount: string | number;
}): { medianResponseHours: number | null; feedback: FeedbackSummary | null } {
  return {
    medianResponseHours: median(parseNumbers(row.responseHours)),
    feedback: toFeedbackSummary(row.feedbackAverage, row.feedbackCount),
  };
}

/** Arrays come back as arrays or, from some drivers, as a "{1,2.5}" literal; numerics as strings. */
function parseNumbers(value: unknown): number[] {
  if (value == null) return [];
  const list = Array.isArray(value)
    ? value
    : String(value)
        .replace(/^\{|\}$/g, "")
        .split(",")
        .filter(Boolean);
  return list.map(Number).filter((n) => Number.isFinite(n));
}

/** The statistics a mentor's page shows, in one query; null for an unknown mentor. */
export async function mentorPageStats(
  mentorId: string,
  now = new Date(),
): Promise<{
  lastActiveAt: Date | null;
  medianResponseHours: number | null;
  feedback: FeedbackSummary | null;
} | null> {
  if (!isUuid(mentorId)) return null;
  const [row] = await db
    .select({ lastActiveAt: users.lastActiveAt, ...cardStatsColumns(now) })
    .from(mentorProfiles)
    .innerJoin(users, eq(users.id, mentorProfiles.userId))
    .where(eq(mentorProfiles.userId, mentorId));
  return row ? { lastActiveAt: row.lastActiveAt, ...cardStatsOf(row) } : null;
}
