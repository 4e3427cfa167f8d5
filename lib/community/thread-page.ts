// One thread: the opening post, the accepted answer and the first page of replies, further pages
// of replies, and a post's earlier versions.
// Every read takes the viewer (null when signed out) and decides here what they may see
// (lib/community/views.ts). Each read is a small, fixed number of queries (no per-row queries).
import "server-only";
import { and, asc, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  communityFollows,
  communityPostRevisions as revisions,
  communityPosts,
  communityThreads,
  users,
} from "@/db/schema";
import type { CriterionCode } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import { categories, type CategorySlug, type ThreadKind } from "./vocabulary";
import { decodeCommunityCursor, encodeCommunityCursor } from "./cursor";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";
import {
  Byline,
  PostRow,
  PostView,
  ThreadFacts,
  byline,
  isStaff,
  plainExcerpt,
  postColumns,
  toPostView,
} from "./views";
import { keysetPage } from "@/lib/cursor";

/**
 * Replies a page shows after the question and the accepted answer; "More replies" pages on. Twenty,
 * as Discourse loads a topic's posts in chunks of 20: what a reader takes in before scrolling on,
 * and a third less markup a page than 30 (docs/decisions/024-first-things-first.md).
 */
export const REPLIES_PAGE_SIZE = 20;

export interface ThreadView extends Byline {
  id: string;
  slug: string;
  title: string;
  /** Plain text for the page description and sharing cards (at most 160 characters). */
  description: string;
  kind: ThreadKind;
  category: CategorySlug;
  categoryName: string;
  pathways: PathwayCode[];
  criteria: CriterionCode[];
  replyCount: number;
  voteScore: number;
  acceptedPostId: string | null;
  hasMentorAnswer: boolean;
  lastActivityAt: Date;
  createdAt: Date;
  locked: boolean;
  /** Hidden by a moderator: only its author (with a notice) and moderators see it. */
  hidden: boolean;
  /** Deleted: only moderators see it. */
  deleted: boolean;
  following: boolean;
  canReply: boolean;
  canFollow: boolean;
}

export type ThreadPage =
  | {
      status: "found";
      thread: ThreadView;
      opening: PostView;
      /** The accepted answer, shown first after the question (and not again among the replies). */
      accepted: PostView | null;
      /** The first page of the other replies, oldest first. */
      replies: PostView[];
      nextCursor: string | null;
    }
  | { status: "sign_in_required" }
  | { status: "not_found" };

type ThreadRow = Awaited<ReturnType<typeof loadThread>>;

async function loadThread(viewer: Actor | null, threadId: string) {
  const [row] = await db
    .select({
      thread: communityThreads,
      opening: postColumns(viewer),
      following: viewer
        ? sql<boolean>`exists (select 1 from ${communityFollows} where ${communityFollows.threadId} = ${communityThreads.id} and ${communityFollows.userId} = ${viewer.id})`
        : sql<boolean>`false`,
    })
    .from(communityThreads)
    .innerJoin(
      communityPosts,
      and(eq(communityPosts.threadId, communityThreads.id), eq(communityPosts.isOpening, true)),
    )
    .leftJoin(users, eq(users.id, communityPosts.authorId))
    .where(eq(communityThreads.id, threadId));
  return row;
}

/** Whether the viewer may read this thread at all. */
function access(
  thread: NonNullable<ThreadRow>["thread"],
  viewer: Actor | null,
): "ok" | "sign_in_required" | "not_found" {
  const staff = isStaff(viewer);
  if (thread.deletedAt && !staff) return "not_found";
  if (thread.hiddenAt && !staff && !(viewer && thread.authorId === viewer.id)) return "not_found";
  if (!viewer && categories[thread.category].visibility === "members") return "sign_in_required";
  return "ok";
}

function repliesQuery(
  viewer: Actor | null,
  threadId: string,
  acceptedPostId: string | null,
  after: { v: string; id: string } | undefined,
) {
  return db
    .select(postColumns(viewer))
    .from(communityPosts)
    .leftJoin(users, eq(users.id, communityPosts.authorId))
    .where(
      and(
        eq(communityPosts.threadId, threadId),
        eq(communityPosts.isOpening, false),
        acceptedPostId ? ne(communityPosts.id, acceptedPostId) : undefined,
        after
          ? sql`(${communityPosts.createdAt}, ${communityPosts.id}) > (${after.v}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(asc(communityPosts.createdAt), asc(communityPosts.id))
    .limit(REPLIES_PAGE_SIZE + 1);
}

function repliesPage(
  rows: Array<PostRow & { createdAtText: string }>,
  facts: ThreadFacts,
  viewer: Actor | null,
): { replies: PostView[]; nextCursor: string | null } {
  const { page, nextCursor } = keysetPage(rows, REPLIES_PAGE_SIZE, (last) =>
    encodeCommunityCursor({ s: "replies", v: last.createdAtText, id: last.id }),
  );
  return {
    replies: page.map((r) => toPostView(r, facts, viewer)),
    nextCursor,
  };
}

/**
 * A thread for its page: the thread, its opening post, the accepted answer (if any) and the first
 * page of the other replies, oldest first, with the viewer's own flags. Three queries whatever the
 * number of replies; later pages come from listReplies.
 */
export async function getThread(viewer: Actor | null, threadId: string): Promise<ThreadPage> {
  if (!isUuid(threadId)) return { status: "not_found" };
  const row = await loadThread(viewer, threadId);
  if (!row) return { status: "not_found" };
  const status = access(row.thread, viewer);
  if (status !== "ok") return { status };
  const t = row.thread;
  const facts: ThreadFacts = {
    kind: t.kind,
    authorId: t.authorId,
    acceptedPostId: t.acceptedPostId,
    locked: t.lockedAt !== null,
  };
  const [acceptedRows, replyRows] = await Promise.all([
    t.acceptedPostId
      ? db
          .select(postColumns(viewer))
          .from(communityPosts)
          .leftJoin(users, eq(users.id, communityPosts.authorId))
          .where(
            and(
              eq(communityPosts.id, t.acceptedPostId),
              eq(communityPosts.threadId, t.id),
              isNull(communityPosts.deletedAt),
            ),
          )
      : Promise.resolve([]),
    repliesQuery(viewer, t.id, t.acceptedPostId, undefined),
  ]);
  const opening = toPostView(row.opening, facts, viewer);
  const accepted = acceptedRows[0] ? toPostView(acceptedRows[0], facts, viewer) : null;
  const open = !t.deletedAt && !t.hiddenAt;
  return {
    status: "found",
    thread: {
      // The thread's byline is its opening post's.
      ...byline(row.opening, viewer),
      id: t.id,
      slug: t.slug,
      title: t.title,
      description: opening.body && !opening.deleted ? plainExcerpt(opening.body, 160) : "",
      kind: t.kind,
      category: t.category,
      categoryName: categories[t.category].name,
      pathways: t.pathways,
      criteria: t.criteria as CriterionCode[],
      replyCount: t.replyCount,
      voteScore: t.voteScore,
      acceptedPostId: t.acceptedPostId,
      hasMentorAnswer: t.hasMentorAnswer,
      lastActivityAt: t.lastActivityAt,
      createdAt: t.createdAt,
      locked: facts.locked,
      hidden: t.hiddenAt !== null,
      deleted: t.deletedAt !== null,
      following: row.following === true,
      canReply: viewer !== null && open && !facts.locked,
      canFollow: viewer !== null && open,
    },
    opening,
    accepted,
    ...repliesPage(replyRows, facts, viewer),
  };
}

/** The next page of a thread's replies after `cursor` (getThread's or this function's nextCursor). */
export async function listReplies(
  viewer: Actor | null,
  threadId: string,
  cursor: string | null | undefined,
): Promise<{ replies: PostView[]; nextCursor: string | null } | null> {
  if (!isUuid(threadId)) return null;
  const after = decodeCommunityCursor(cursor, "replies");
  const [thread] = await db
    .select()
    .from(communityThreads)
    .where(eq(communityThreads.id, threadId));
  if (!thread || access(thread, viewer) !== "ok") return null;
  const facts: ThreadFacts = {
    kind: thread.kind,
    authorId: thread.authorId,
    acceptedPostId: thread.acceptedPostId,
    locked: thread.lockedAt !== null,
  };
  const rows = await repliesQuery(viewer, thread.id, thread.acceptedPostId, after);
  return repliesPage(rows, facts, viewer);
}

export interface RevisionView {
  version: number;
  title: string | null;
  body: string;
  replacedAt: Date;
  /** Replaced while the post was hidden: only its author and staff get it at all. */
  withheld: boolean;
}

/**
 * The earlier texts of a post, newest first, for whoever may read the post (deleted: staff only).
 * Texts replaced while the post was held or removed go to its author and staff only.
 */
export async function listRevisions(
  viewer: Actor | null,
  postId: string,
): Promise<RevisionView[] | null> {
  if (!isUuid(postId)) return null;
  const [post] = await db
    .select({
      thread: communityThreads,
      deletedAt: communityPosts.deletedAt,
      hiddenAt: communityPosts.hiddenAt,
      authorId: communityPosts.authorId,
    })
    .from(communityPosts)
    .innerJoin(communityThreads, eq(communityThreads.id, communityPosts.threadId))
    .where(eq(communityPosts.id, postId));
  if (!post || access(post.thread, viewer) !== "ok") return null;
  const staff = isStaff(viewer);
  const mine = viewer !== null && post.authorId === viewer.id;
  if (!staff && (post.deletedAt || (post.hiddenAt && !mine))) return null;
  const rows = await db
    .select({
      version: revisions.version,
      title: revisions.title,
      body: revisions.body,
      replacedAt: revisions.createdAt,
      withheld: revisions.withheld,
    })
    .from(revisions)
    .where(
      and(eq(revisions.postId, postId), staff || mine ? undefined : eq(revisions.withheld, false)),
    )
    .orderBy(desc(revisions.version));
  return rows;
}
