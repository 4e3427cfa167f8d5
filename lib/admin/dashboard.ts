// The admin dashboard's numbers over the last 30 or 90 days, in UTC days: five aggregate queries,
// each bucketed by generate_series so an empty day is a zero, not a gap.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { requireStaffRole } from "@/lib/moderation/authz";
import type { RequestState } from "@/lib/mentorship/vocabulary";
import { reportReasonLabels, reportReasons, type ReportReason } from "@/lib/moderation/vocabulary";
import { ValidationError } from "@/lib/errors";
import { dashboardDaysSchema, type DashboardDays } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

export interface DailyPoint {
  /** YYYY-MM-DD, a UTC day. */
  date: string;
  signUps: number;
  /** Mentorships accepted and not yet ended at the end of the day (at `now` for today). */
  activeMentorships: number;
  /** Review queue items open at the end of the day. */
  queueOpen: number;
  queueOpened: number;
}

export interface WeeklyResponse {
  /** First UTC day of the bucket; the last bucket may be shorter than 7 days. */
  weekStart: string;
  medianHours: number | null;
  answers: number;
}

export interface Dashboard {
  days: DashboardDays;
  from: string;
  to: string;
  daily: DailyPoint[];
  weekly: WeeklyResponse[];
  totals: {
    signUps: number;
    activeMentorships: number;
    acceptedInPeriod: number;
    requestsSent: number;
    /** Median hours from a request to the mentor's first answer, over answers in the period. */
    medianResponseHours: number | null;
    answers: number;
    queueOpen: number;
    queueOpenedInPeriod: number;
    /** Hours the oldest open queue item has waited, or null when the queue is empty. */
    oldestOpenHours: number | null;
    reports: number;
  };
  requestsByOutcome: { outcome: RequestState; label: string; count: number }[];
  reportsByReason: { reason: ReportReason; label: string; count: number }[];
}

export const outcomeLabels: Record<RequestState, string> = {
  pending: "Waiting for the mentor",
  info_requested: "Mentor asked a question",
  accepted: "Accepted, mentorship active",
  completed: "Accepted, since completed",
  declined: "Declined",
  withdrawn: "Withdrawn",
  expired: "Expired unanswered",
};

// The order of the outcome chart: still open, then what became of the rest.
const outcomeOrder: RequestState[] = [
  "pending",
  "info_requested",
  "accepted",
  "completed",
  "declined",
  "withdrawn",
  "expired",
];

async function rowsOf<T>(query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export async function getDashboard(
  actor: Actor,
  days: DashboardDays,
  now = new Date(),
): Promise<Dashboard> {
  await requireStaffRole(actor, "admin", {
    action: "dashboard.view",
    targetType: "dashboard",
    targetId: String(days),
  });
  const parsed = dashboardDaysSchema.safeParse(days);
  if (!parsed.success)
    throw new ValidationError("Choose 30 or 90 days.", { days: ["Choose 30 or 90 days."] });
  const period = parsed.data;
  const to = isoDay(now);
  const from = isoDay(new Date(Date.parse(`${to}T00:00:00Z`) - (period - 1) * 86_400_000));
  const nowText = now.toISOString();
  // The window: from the start of the first UTC day up to now.
  const windowStart = sql`(${from}::date)::timestamp at time zone 'UTC'`;
  const windowEnd = sql`${nowText}::timestamptz`;

  const [daily, weekly, [totals], outcomes, reasons] = await Promise.all([
    rowsOf<{
      date: string;
      sign_ups: number;
      active: number;
      accepted: number;
      queue_open: number;
      queue_opened: number;
    }>(sql`
      with days as (
        select d::date as day,
               d at time zone 'UTC' as day_start,
               least((d + interval '1 day') at time zone 'UTC', ${windowEnd}) as day_end
        from generate_series(${from}::timestamp, ${to}::timestamp, interval '1 day') as d
      )
      select to_char(day, 'YYYY-MM-DD') as date,
        (select count(*) from users u
          where u.created_at >= day_start and u.created_at < day_end)::int as sign_ups,
        (select count(*) from mentorship_requests r
          where r.accepted_at < day_end and (r.closed_at is null or r.closed_at >= day_end))::int as active,
        (select count(*) from mentorship_requests r
          where r.accepted_at >= day_start and r.accepted_at < day_end)::int as accepted,
        (select count(*) from moderation_queue_items q
          where q.opened_at < day_end and (q.closed_at is null or q.closed_at >= day_end))::int as queue_open,
        (select count(*) from moderation_queue_items q
          where q.opened_at >= day_start and q.opened_at < day_end)::int as queue_opened
      from days order by day`),
    rowsOf<{ week_start: string; median_hours: number | null; answers: number }>(sql`
      with weeks as (
        select w at time zone 'UTC' as week_start_at,
               least((w + interval '7 days') at time zone 'UTC', ${windowEnd}) as week_end_at,
               w::date as week_start
        from generate_series(${from}::timestamp, ${to}::timestamp, interval '7 days') as w
      )
      select to_char(week_start, 'YYYY-MM-DD') as week_start,
        (percentile_cont(0.5) within group (
          order by extract(epoch from r.responded_at - r.created_at) / 3600.0))::float8 as median_hours,
        count(r.id)::int as answers
      from weeks
      left join mentorship_requests r
        on r.responded_at >= week_start_at and r.responded_at < week_end_at
      group by week_start
      order by week_start`),
    rowsOf<{
      sign_ups: number;
      requests_sent: number;
      median_hours: number | null;
      answers: number;
      oldest_open_hours: number | null;
      reports: number;
    }>(sql`
      select
        (select count(*) from users
          where created_at >= ${windowStart} and created_at < ${windowEnd})::int as sign_ups,
        (select count(*) from mentorship_requests
          where created_at >= ${windowStart} and created_at < ${windowEnd})::int as requests_sent,
        (select (percentile_cont(0.5) within group (
            order by extract(epoch from responded_at - created_at) / 3600.0))::float8
          from mentorship_requests
          where responded_at >= ${windowStart} and responded_at < ${windowEnd}) as median_hours,
        (select count(*) from mentorship_requests
          where responded_at >= ${windowStart} and responded_at < ${windowEnd})::int as answers,
        (select (extract(epoch from ${windowEnd} - min(opened_at)) / 3600.0)::float8
          from moderation_queue_items
          where closed_at is null and opened_at <= ${windowEnd}) as oldest_open_hours,
        (select count(*) from reports
          where created_at >= ${windowStart} and created_at < ${windowEnd})::int as reports`),
    // An open request past its deadline is expired, whatever the sweep has got round to.
    rowsOf<{ outcome: RequestState; count: number }>(sql`
      select case when state in ('pending', 'info_requested') and deadline_at <= ${windowEnd}
                  then 'expired' else state::text end as outcome,
             count(*)::int as count
      from mentorship_requests
      where created_at >= ${windowStart} and created_at < ${windowEnd}
      group by 1`),
    rowsOf<{ reason: ReportReason; count: number }>(sql`
      select reason::text as reason, count(*)::int as count
      from reports
      where created_at >= ${windowStart} and created_at < ${windowEnd}
      group by 1`),
  ]);

  const points: DailyPoint[] = daily.map((d) => ({
    date: d.date,
    signUps: Number(d.sign_ups),
    activeMentorships: Number(d.active),
    queueOpen: Number(d.queue_open),
    queueOpened: Number(d.queue_opened),
  }));
  const latest = points.at(-1);
  const outcomeCounts = new Map(outcomes.map((o) => [o.outcome, Number(o.count)]));
  const reasonCounts = new Map(reasons.map((r) => [r.reason, Number(r.count)]));
  return {
    days: period,
    from,
    to,
    daily: points,
    weekly: weekly.map((w) => ({
      weekStart: w.week_start,
      medianHours: w.median_hours === null ? null : Number(w.median_hours),
      answers: Number(w.answers),
    })),
    totals: {
      signUps: Number(totals?.sign_ups ?? 0),
      activeMentorships: latest?.activeMentorships ?? 0,
      acceptedInPeriod: daily.reduce((sum, d) => sum + Number(d.accepted), 0),
      requestsSent: Number(totals?.requests_sent ?? 0),
      medianResponseHours:
        totals?.median_hours === null || totals?.median_hours === undefined
          ? null
          : Number(totals.median_hours),
      answers: Number(totals?.answers ?? 0),
      queueOpen: latest?.queueOpen ?? 0,
      queueOpenedInPeriod: points.reduce((sum, d) => sum + d.queueOpened, 0),
      oldestOpenHours:
        totals?.oldest_open_hours === null || totals?.oldest_open_hours === undefined
          ? null
          : Number(totals.oldest_open_hours),
      reports: Number(totals?.reports ?? 0),
    },
    requestsByOutcome: outcomeOrder.map((outcome) => ({
      outcome,
      label: outcomeLabels[outcome],
      count: outcomeCounts.get(outcome) ?? 0,
    })),
    reportsByReason: reportReasons.map((reason) => ({
      reason,
      label: reportReasonLabels[reason],
      count: reasonCounts.get(reason) ?? 0,
    })),
  };
}
