// What a report or a moderation action points at: resolve a target to its owner and whether the
// reporter may see it, and hide, remove or restore it. One place knows every kind of target.
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  communityPosts,
  communityThreads,
  contentItems,
  mentorshipMessages,
  mentorshipRequests,
  users,
} from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import type { ReportTargetType } from "./vocabulary";
import { isUuid } from "@/lib/ids";

export interface ResolvedTarget {
  type: ReportTargetType;
  id: string;
  /** Whose it is (null when the account is gone). */
  ownerId: string | null;
  /** Can a moderator hide it (content and community posts), or only act on the person? */
  hideable: boolean;
  hidden: boolean;
}

/**
 * The target as `viewerId` may see it, or NotFoundError. Reporters only reach what they can read:
 * live community posts, published content, visible profiles, and requests and messages of their
 * own mentorships.
 */
export async function resolveTarget(
  tx: Tx,
  type: ReportTargetType,
  id: string,
  viewerId: string | null,
): Promise<ResolvedTarget> {
  const missing = () => new NotFoundError("We could not find what you are reporting.");
  if (type === "message") {
    if (!/^\d{1,18}$/.test(id)) throw missing();
    const [m] = await tx
      .select({
        authorId: mentorshipMessages.authorId,
        applicantId: mentorshipRequests.applicantId,
        mentorId: mentorshipRequests.mentorId,
      })
      .from(mentorshipMessages)
      .innerJoin(mentorshipRequests, eq(mentorshipRequests.id, mentorshipMessages.requestId))
      .where(eq(mentorshipMessages.id, Number(id)));
    if (!m || (viewerId && viewerId !== m.applicantId && viewerId !== m.mentorId)) throw missing();
    return { type, id, ownerId: m.authorId, hideable: false, hidden: false };
  }
  if (!isUuid(id)) throw missing();
  switch (type) {
    case "thread": {
      const [t] = await tx
        .select({ authorId: communityThreads.authorId, hiddenAt: communityThreads.hiddenAt })
        .from(communityThreads)
        .where(and(eq(communityThreads.id, id), isNull(communityThreads.deletedAt)));
      if (!t || (viewerId && t.hiddenAt && t.authorId !== viewerId)) throw missing();
      return { type, id, ownerId: t.authorId, hideable: true, hidden: t.hiddenAt !== null };
    }
    case "post": {
      const [p] = await tx
        .select({
          authorId: communityPosts.authorId,
          hiddenAt: communityPosts.hiddenAt,
          isOpening: communityPosts.isOpening,
        })
        .from(communityPosts)
        .where(and(eq(communityPosts.id, id), isNull(communityPosts.deletedAt)));
      if (!p || (viewerId && p.hiddenAt && p.authorId !== viewerId)) throw missing();
      return { type, id, ownerId: p.authorId, hideable: true, hidden: p.hiddenAt !== null };
    }
    case "content": {
      const [c] = await tx
        .select({ authorId: contentItems.authorId, status: contentItems.status })
        .from(contentItems)
        .where(eq(contentItems.id, id));
      if (!c || (viewerId && c.status !== "published" && c.authorId !== viewerId)) throw missing();
      return {
        type,
        id,
        ownerId: c.authorId,
        hideable: c.status === "published" || c.status === "hidden" || c.status === "removed",
        hidden: c.status === "hidden" || c.status === "removed",
      };
    }
    case "profile": {
      const [u] = await tx.select({ id: users.id }).from(users).where(eq(users.id, id));
      if (!u) throw missing();
      return { type, id, ownerId: u.id, hideable: false, hidden: false };
    }
    case "request": {
      const [r] = await tx
        .select({
          applicantId: mentorshipRequests.applicantId,
          mentorId: mentorshipRequests.mentorId,
        })
        .from(mentorshipRequests)
        .where(eq(mentorshipRequests.id, id));
      if (!r || (viewerId && viewerId !== r.applicantId && viewerId !== r.mentorId))
        throw missing();
      // A request is reported by the mentor about the applicant, or the other way round.
      const ownerId = viewerId === r.mentorId ? r.applicantId : r.mentorId;
      return { type, id, ownerId, hideable: false, hidden: false };
    }
  }
}

/**
 * Hides (or removes) a community post, a thread or a content item; `restore` undoes both. The text
 * is never touched, so a restore brings back exactly what was there. Returns what it was before.
 */
export async function setTargetVisibility(
  tx: Tx,
  target: Pick<ResolvedTarget, "type" | "id">,
  state: "hidden" | "removed" | "visible",
  now: Date,
): Promise<{ before: string }> {
  const hiddenAt = state === "visible" ? null : now;
  const removedAt = state === "removed" ? now : null;
  switch (target.type) {
    case "thread": {
      const [before] = await tx
        .select({ hiddenAt: communityThreads.hiddenAt, removedAt: communityThreads.removedAt })
        .from(communityThreads)
        .where(eq(communityThreads.id, target.id))
        .for("update");
      await tx
        .update(communityThreads)
        .set({ hiddenAt, removedAt })
        .where(eq(communityThreads.id, target.id));
      return { before: stateOf(before) };
    }
    case "post": {
      const [before] = await tx
        .select({
          hiddenAt: communityPosts.hiddenAt,
          removedAt: communityPosts.removedAt,
          isOpening: communityPosts.isOpening,
          threadId: communityPosts.threadId,
        })
        .from(communityPosts)
        .where(eq(communityPosts.id, target.id))
        .for("update");
      await tx
        .update(communityPosts)
        .set({ hiddenAt, removedAt })
        .where(eq(communityPosts.id, target.id));
      // Hiding the question hides the thread with it.
      if (before?.isOpening) {
        await tx
          .update(communityThreads)
          .set({ hiddenAt, removedAt })
          .where(eq(communityThreads.id, before.threadId));
      }
      return { before: stateOf(before) };
    }
    case "content": {
      const [before] = await tx
        .select({ status: contentItems.status, publishedAt: contentItems.publishedAt })
        .from(contentItems)
        .where(eq(contentItems.id, target.id))
        .for("update");
      const status = state === "visible" ? (before?.publishedAt ? "published" : "draft") : state;
      await tx
        .update(contentItems)
        .set({ status, version: sql`${contentItems.version} + 1` })
        .where(eq(contentItems.id, target.id));
      return { before: before?.status === "published" ? "visible" : (before?.status ?? "missing") };
    }
    default:
      throw new NotFoundError("That cannot be hidden; act on its author instead.");
  }
}

function stateOf(row: { hiddenAt: Date | null; removedAt: Date | null } | undefined): string {
  if (!row) return "missing";
  return row.removedAt ? "removed" : row.hiddenAt ? "hidden" : "visible";
}

/** The thread a target belongs to (threads and posts), for locking and editing tags. */
export async function threadOf(tx: Tx, target: Pick<ResolvedTarget, "type" | "id">) {
  if (target.type === "thread") return target.id;
  if (target.type !== "post") return null;
  const [p] = await tx
    .select({ threadId: communityPosts.threadId })
    .from(communityPosts)
    .where(eq(communityPosts.id, target.id));
  return p?.threadId ?? null;
}
