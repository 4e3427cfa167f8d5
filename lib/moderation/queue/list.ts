// The review queue, as moderators read it: open items in priority order. Moderators and admins
// only, checked here.
import "server-only";
import { asc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  communityPosts,
  communityThreads,
  contentItems,
  mentorshipMessages,
  mentorshipRequests,
  queueItems,
  reports,
  users,
} from "@/db/schema";
import { requireStaffRole } from "../authz";
import { queuePriority } from "../priority";
import {
  reasonSeverity,
  type QueueItemKind,
  type ReportReason,
  type ReportTargetType,
} from "../vocabulary";
import type { Actor } from "@/lib/auth/actor";

export const QUEUE_PAGE_SIZE = 50;
/** Open items read to rank; the queue is worked down long before it reaches this. */
const QUEUE_SCAN_LIMIT = 500;

export interface QueueRow {
  id: string;
  kind: QueueItemKind;
  targetType: ReportTargetType;
  targetId: string;
  summary: string | null;
  ownerName: string | null;
  holdReason: string | null;
  reasons: ReportReason[];
  reporters: number;
  accuracy: number;
  openedAt: Date;
  priority: number;
}

const severitySql = sql.raw(
  `case reason ${Object.entries(reasonSeverity)
    .map(([reason, s]) => `when '${reason}' then ${s}`)
    .join(" ")} else 1 end`,
);

/** A line of text that says what the target is (for a request, what the reported party wrote). */
function summarySql(type: unknown, id: unknown, ownerId: unknown) {
  return sql<string | null>`case ${type}
    when 'thread' then (select ${communityThreads.title} from ${communityThreads} where ${communityThreads.id}::text = ${id})
    when 'post' then (select left(${communityPosts.body}, 160) from ${communityPosts} where ${communityPosts.id}::text = ${id})
    when 'content' then (select ${contentItems.title} from ${contentItems} where ${contentItems.id}::text = ${id})
    when 'profile' then (select ${users.displayName} from ${users} where ${users.id}::text = ${id})
    when 'request' then (select left(case when ${mentorshipRequests.mentorId} = ${ownerId} then concat_ws(' ', ${mentorshipRequests.infoQuestion}, ${mentorshipRequests.declineText}) else ${mentorshipRequests.message} end, 160) from ${mentorshipRequests} where ${mentorshipRequests.id}::text = ${id})
    when 'message' then (select left(${mentorshipMessages.body}, 160) from ${mentorshipMessages} where ${mentorshipMessages.id}::text = ${id})
  end`;
}

/** Open items, most urgent first (lib/moderation/priority.ts), with the total still open. */
export async function listQueue(
  actor: Actor,
  now = new Date(),
): Promise<{ items: QueueRow[]; open: number }> {
  await requireStaffRole(actor, "moderator", {
    action: "queue.list",
    targetType: "queue",
    targetId: "all",
  });
  const q = queueItems;
  const openReports = sql`from ${reports} r where r.target_type = ${q.targetType} and r.target_id = ${q.targetId} and r.status = 'open'`;
  const rows = await db
    .select({
      id: q.id,
      kind: q.kind,
      targetType: q.targetType,
      targetId: q.targetId,
      holdReason: q.holdReason,
      openedAt: q.openedAt,
      ownerName: users.displayName,
      summary: summarySql(q.targetType, q.targetId, q.targetUserId),
      reporters: sql<number>`(select count(distinct r.reporter_id) ${openReports})::int`,
      reasons: sql<
        ReportReason[] | null
      >`(select array_agg(distinct r.reason::text) ${openReports})`,
      severity: sql<number>`coalesce((select max(${severitySql}) ${openReports}), 0)::int`,
      accuracy: sql<number>`coalesce((select avg(coalesce(
          (select count(*) filter (where r2.status = 'actioned')::float
             / nullif(count(*) filter (where r2.status in ('actioned', 'dismissed')), 0)
           from ${reports} r2 where r2.reporter_id = r.reporter_id), 0.5)) ${openReports}), 0.5)::float`,
      total: sql<number>`(count(*) over ())::int`,
    })
    .from(q)
    .leftJoin(users, eq(users.id, q.targetUserId))
    .where(isNull(q.closedAt))
    .orderBy(asc(q.openedAt))
    .limit(QUEUE_SCAN_LIMIT);
  const items = rows
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      targetType: r.targetType,
      targetId: r.targetId,
      summary: r.summary,
      ownerName: r.ownerName,
      holdReason: r.holdReason,
      reasons: r.reasons ?? [],
      reporters: r.reporters,
      accuracy: r.accuracy,
      openedAt: r.openedAt,
      priority: queuePriority({
        kind: r.kind,
        severity: r.severity,
        reporters: r.reporters,
        accuracy: r.accuracy,
        ageHours: (now.getTime() - r.openedAt.getTime()) / 3_600_000,
      }),
    }))
    .sort((a, b) => b.priority - a.priority || a.openedAt.getTime() - b.openedAt.getTime());
  return { items: items.slice(0, QUEUE_PAGE_SIZE), open: rows[0]?.total ?? 0 };
}
