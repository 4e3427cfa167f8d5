// One item of the review queue in context: the target, its reports, its history. Moderators and
// admins only, checked here.
import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  auditLog,
  communityPosts,
  communityThreads,
  contentItems,
  mentorshipMessages,
  mentorshipRequests,
  moderationDecisions,
  appeals,
  queueItems,
  reports,
  users,
} from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { requireQueueModerator } from "../authz";
import { declineReasonLabels } from "@/lib/mentorship/vocabulary";
import type { ReportReason, ReportTargetType } from "../vocabulary";
import type { Actor } from "@/lib/auth/actor";
import { isUuid } from "@/lib/ids";

export interface QueueItemDetail {
  item: typeof queueItems.$inferSelect & { ownerName: string | null; ownerHandle: string | null };
  target: {
    title: string | null;
    /** Markdown (posts, content, messages). */
    body: string | null;
    /** Plain text in labelled parts (a mentorship request: only what the reported party wrote). */
    parts: { label: string; text: string }[];
    href: string | null;
    state: string;
    threadId: string | null;
    category: string | null;
    pathways: string[];
    criteria: string[];
  };
  reports: {
    id: string;
    reporterName: string;
    reason: ReportReason;
    details: string | null;
    status: string;
    createdAt: Date;
  }[];
  history: {
    id: number;
    action: string;
    actorName: string | null;
    reason: string | null;
    createdAt: Date;
  }[];
  appeal: {
    text: string;
    decision: { action: string; reason: string; createdAt: Date; actorName: string | null };
  } | null;
}

/** One item in context: what it is, everything reported about it, and what happened to it. */
export async function getQueueItem(actor: Actor, id: string): Promise<QueueItemDetail> {
  await requireQueueModerator(actor, id, "queue.view");
  if (!isUuid(id)) throw new NotFoundError("That queue item does not exist.");
  const [item] = await db
    .select({ item: queueItems, ownerName: users.displayName, ownerHandle: users.handle })
    .from(queueItems)
    .leftJoin(users, eq(users.id, queueItems.targetUserId))
    .where(eq(queueItems.id, id));
  if (!item) throw new NotFoundError("That queue item does not exist.");
  const { targetType, targetId } = item.item;
  const [target, reportRows, history, appeal] = await Promise.all([
    loadTarget(targetType, targetId, item.item.targetUserId),
    db
      .select({
        id: reports.id,
        reporterName: users.displayName,
        reason: reports.reason,
        details: reports.details,
        status: reports.status,
        createdAt: reports.createdAt,
      })
      .from(reports)
      .innerJoin(users, eq(users.id, reports.reporterId))
      .where(and(eq(reports.targetType, targetType), eq(reports.targetId, targetId)))
      .orderBy(desc(reports.createdAt))
      .limit(100),
    db
      .select({
        id: auditLog.id,
        action: auditLog.action,
        actorName: users.displayName,
        reason: auditLog.reason,
        createdAt: auditLog.createdAt,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.actorId))
      .where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, targetId)))
      .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
      .limit(50),
    item.item.decisionId
      ? db
          .select({
            text: appeals.text,
            action: moderationDecisions.action,
            reason: moderationDecisions.reason,
            createdAt: moderationDecisions.createdAt,
            actorName: users.displayName,
          })
          .from(appeals)
          .innerJoin(moderationDecisions, eq(moderationDecisions.id, appeals.decisionId))
          .leftJoin(users, eq(users.id, moderationDecisions.actorId))
          .where(eq(appeals.decisionId, item.item.decisionId))
      : Promise.resolve([]),
  ]);
  const a = appeal[0];
  return {
    item: { ...item.item, ownerName: item.ownerName, ownerHandle: item.ownerHandle },
    target,
    reports: reportRows,
    history,
    appeal: a
      ? {
          text: a.text,
          decision: {
            action: a.action,
            reason: a.reason,
            createdAt: a.createdAt,
            actorName: a.actorName,
          },
        }
      : null,
  };
}

async function loadTarget(
  type: ReportTargetType,
  id: string,
  ownerId: string | null,
): Promise<QueueItemDetail["target"]> {
  const empty = {
    title: null,
    body: null,
    parts: [],
    href: null,
    state: "visible",
    threadId: null,
    category: null,
    pathways: [],
    criteria: [],
  };
  const state = (r: { hiddenAt: Date | null; removedAt: Date | null; deletedAt?: Date | null }) =>
    r.deletedAt ? "deleted" : r.removedAt ? "removed" : r.hiddenAt ? "hidden" : "visible";
  switch (type) {
    case "thread": {
      const [t] = await db
        .select({ thread: communityThreads, body: communityPosts.body })
        .from(communityThreads)
        .leftJoin(
          communityPosts,
          and(eq(communityPosts.threadId, communityThreads.id), eq(communityPosts.isOpening, true)),
        )
        .where(sql`${communityThreads.id}::text = ${id}`);
      if (!t) return { ...empty, state: "missing" };
      return {
        ...empty,
        title: t.thread.title,
        body: t.body,
        href: `/community/${t.thread.id}/${t.thread.slug}`,
        state: t.thread.lockedAt ? `${state(t.thread)}, locked` : state(t.thread),
        threadId: t.thread.id,
        category: t.thread.category,
        pathways: t.thread.pathways,
        criteria: t.thread.criteria,
      };
    }
    case "post": {
      const [p] = await db
        .select({ post: communityPosts, thread: communityThreads })
        .from(communityPosts)
        .innerJoin(communityThreads, eq(communityThreads.id, communityPosts.threadId))
        .where(sql`${communityPosts.id}::text = ${id}`);
      if (!p) return { ...empty, state: "missing" };
      return {
        ...empty,
        title: `In “${p.thread.title}”`,
        body: p.post.body,
        href: `/community/${p.thread.id}/${p.thread.slug}#post-${p.post.id}`,
        state: p.thread.lockedAt ? `${state(p.post)}, thread locked` : state(p.post),
        threadId: p.thread.id,
        category: p.thread.category,
        pathways: p.thread.pathways,
        criteria: p.thread.criteria,
      };
    }
    case "content": {
      const [c] = await db
        .select()
        .from(contentItems)
        .where(sql`${contentItems.id}::text = ${id}`);
      if (!c) return { ...empty, state: "missing" };
      return {
        ...empty,
        title: c.title,
        body: c.body,
        href: `/library/${c.id}/${c.slug}`,
        state: c.status === "published" ? "visible" : c.status,
        pathways: c.pathways,
        criteria: c.criteria,
      };
    }
    case "profile": {
      const [u] = await db
        .select({ name: users.displayName, handle: users.handle, status: users.status })
        .from(users)
        .where(sql`${users.id}::text = ${id}`);
      if (!u) return { ...empty, state: "missing" };
      return { ...empty, title: u.name, href: `/mentors/${u.handle}`, state: u.status };
    }
    case "request": {
      // The request alone, never the space it may have become: what the reported party wrote in it.
      const [r] = await db
        .select()
        .from(mentorshipRequests)
        .where(sql`${mentorshipRequests.id}::text = ${id}`);
      if (!r) return { ...empty, state: "missing" };
      const byMentor = ownerId !== null && ownerId === r.mentorId;
      const parts = byMentor
        ? [
            { label: "The mentor's question", text: r.infoQuestion },
            {
              label: "The mentor's reason to decline",
              text: r.declineReason ? declineReasonLabels[r.declineReason] : null,
            },
            { label: "The mentor's words when declining", text: r.declineText },
          ]
        : [
            { label: "The applicant's goals", text: r.goals },
            { label: "The applicant's message", text: r.message },
            { label: "The applicant's answer to the mentor's question", text: r.infoAnswer },
          ];
      return {
        ...empty,
        title: byMentor ? "A mentor's reply to a mentorship request" : "A mentorship request",
        parts: parts.flatMap((p) => (p.text ? [{ label: p.label, text: p.text }] : [])),
        state: r.state,
      };
    }
    case "message": {
      // This one message, never the rest of the space.
      const [m] = await db
        .select({ body: mentorshipMessages.body })
        .from(mentorshipMessages)
        .where(sql`${mentorshipMessages.id}::text = ${id}`);
      if (!m) return { ...empty, state: "missing" };
      return { ...empty, title: "A message in a mentorship space", body: m.body };
    }
  }
}
