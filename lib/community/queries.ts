// Reading the community: the thread list (four sorts, keyset-paginated), one thread with its posts,
// further pages of replies, and full-text search. Every read takes the viewer (null when signed
// out) and decides here what they may see:
// - members-only categories are not readable signed out;
// - hidden and deleted threads leave lists and search; a hidden thread stays readable by its
//   author (with a notice) and by moderators, a deleted one by moderators only;
// - an anonymous post never carries its author to anyone but the author and moderators (the
//   author's id is read in SQL and dropped here, so it never reaches a page or the RSC payload).
// Each read is a small, fixed number of queries (no per-row queries).
import "server-only";
import { and, asc, desc, eq, inArray, isNull, ne, sql, type SQL } from "drizzle-orm";
import { verifiedMentorSql } from "@/lib/mentors/sql";
import { db } from "@/db/client";
import {
  communityFollows,
  communityPostRevisions as revisions,
  communityPosts,
  communityThreads,
  communityVotes,
  users,
} from "@/db/schema";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import type { CriterionCode } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import {
  ANONYMOUS_LABEL,
  categories,
  publicCategorySlugs,
  type CategorySlug,
  type ThreadKind,
  type ThreadSort,
} from "./categories";
import { decodeCommunityCursor, encodeCommunityCursor, type CommunityCursor } from "./cursor";
import { listThreadsSchema, SEARCH_MAX, type ListThreadsInput } from "./schemas";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export const THREADS_PAGE_SIZE = 20;
export const REPLIES_PAGE_SIZE = 30;
export const SEARCH_PAGE_SIZE = 20;
const FORMER_MEMBER = "A former member";

export interface AuthorView {
  name: string;
  /** null for an account that no longer exists. */
  handle: string | null;
}

/** Who wrote something, as this viewer may see it. */
export interface Byline {
  /** null for everyone but the author and moderators when the post is anonymous. */
  author: AuthorView | null;
  /** Show "anonymous member" when author is null; the author and moderators see a notice. */
  anonymous: boolean;
  /** The viewer wrote it. */
  mine: boolean;
}

export interface ThreadListItem extends Byline {
  id: string;
  slug: string;
  title: string;
  kind: ThreadKind;
  category: CategorySlug;
  pathways: PathwayCode[];
  criteria: CriterionCode[];
  replyCount: number;
  voteScore: number;
  hasAcceptedAnswer: boolean;
  /** A verified mentor replied under their name. */
  hasMentorAnswer: boolean;
  lastActivityAt: Date;
  createdAt: Date;
}

export interface ThreadList {
  items: ThreadListItem[];
  nextCursor: string | null;
  /** The chosen category is for members only and the viewer is signed out. */
  signInRequired: boolean;
}

export interface PostView extends Byline {
  id: string;
  isOpening: boolean;
  /** null when deleted or hidden (moderators still get the text). */
  body: string | null;
  deleted: boolean;
  hidden: boolean;
  editedAt: Date | null;
  createdAt: Date;
  /** Sent back with an edit: a newer version in the database is a conflict. */
  version: number;
  voteScore: number;
  /** The viewer has voted for it. */
  myVote: boolean;
  /** The author is a verified mentor (checked now, so a withdrawn verification shows at once). */
  verifiedMentor: boolean;
  accepted: boolean;
  canEdit: boolean;
  canDelete: boolean;
  canVote: boolean;
  /** The viewer asked the question and may accept this reply. */
  canAccept: boolean;
}

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

export interface SearchHit {
  threadId: string;
  slug: string;
  title: string;
  category: CategorySlug;
  postId: string;
  /** The hit is the thread itself (its title or opening post), not a reply. */
  isOpening: boolean;
  excerpt: string;
  createdAt: Date;
}

// Helpers ------------------------------------------------------------------------------------------

function isStaff(viewer: Actor | null): boolean {
  return viewer !== null && hasRoleAtLeast(viewer, "moderator");
}

function byline(
  row: {
    authorId: string | null;
    authorName: string | null;
    authorHandle: string | null;
    anonymous: boolean;
  },
  viewer: Actor | null,
): Byline {
  const mine = viewer !== null && row.authorId !== null && row.authorId === viewer.id;
  const author: AuthorView = row.authorId
    ? { name: row.authorName ?? FORMER_MEMBER, handle: row.authorHandle }
    : { name: FORMER_MEMBER, handle: null };
  return {
    author: row.anonymous && !mine && !isStaff(viewer) ? null : author,
    anonymous: row.anonymous,
    mine,
  };
}

/** How an author reads in plain text (emails, sharing cards). */
export function bylineText(b: Byline): string {
  return b.author?.name ?? ANONYMOUS_LABEL;
}

export const visibleThread: SQL = sql`${communityThreads.deletedAt} is null and ${communityThreads.hiddenAt} is null`;

function readableCategories(viewer: Actor | null): SQL | undefined {
  return viewer ? undefined : inArray(communityThreads.category, [...publicCategorySlugs]);
}

const unansweredSql: SQL = sql`((${communityThreads.kind} = 'question' and ${communityThreads.acceptedPostId} is null) or (${communityThreads.kind} = 'discussion' and ${communityThreads.replyCount} = 0))`;

function myVoteSql(viewer: Actor | null): SQL<boolean> {
  return viewer
    ? sql<boolean>`exists (select 1 from ${communityVotes} where ${communityVotes.postId} = ${communityPosts.id} and ${communityVotes.userId} = ${viewer.id})`
    : sql<boolean>`false`;
}

function postColumns(viewer: Actor | null) {
  return {
    id: communityPosts.id,
    threadId: communityPosts.threadId,
    isOpening: communityPosts.isOpening,
    authorId: communityPosts.authorId,
    authorName: users.displayName,
    authorHandle: users.handle,
    anonymous: communityPosts.anonymous,
    body: communityPosts.body,
    deletedAt: communityPosts.deletedAt,
    hiddenAt: communityPosts.hiddenAt,
    editedAt: communityPosts.editedAt,
    createdAt: communityPosts.createdAt,
    createdAtText: sql<string>`${communityPosts.createdAt}::text`,
    version: communityPosts.version,
    voteScore: communityPosts.voteScore,
    myVote: myVoteSql(viewer),
    verified: verifiedMentorSql(communityPosts.authorId),
  };
}

type PostRow = {
  id: string;
  isOpening: boolean;
  authorId: string | null;
  authorName: string | null;
  authorHandle: string | null;
  anonymous: boolean;
  body: string;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  editedAt: Date | null;
  createdAt: Date;
  version: number;
  voteScore: number;
  myVote: boolean;
  verified: boolean;
};

interface ThreadFacts {
  kind: ThreadKind;
  authorId: string | null;
  acceptedPostId: string | null;
  locked: boolean;
}

function toPostView(row: PostRow, thread: ThreadFacts, viewer: Actor | null): PostView {
  const b = byline(row, viewer);
  const staff = isStaff(viewer);
  const deleted = row.deletedAt !== null;
  const hidden = row.hiddenAt !== null;
  const showBody = staff || (!deleted && (!hidden || b.mine));
  const open = !deleted && !hidden;
  const asker = viewer !== null && thread.authorId === viewer.id;
  return {
    ...b,
    id: row.id,
    isOpening: row.isOpening,
    body: showBody ? row.body : null,
    deleted,
    hidden,
    editedAt: row.editedAt,
    createdAt: row.createdAt,
    version: row.version,
    voteScore: row.voteScore,
    myVote: row.myVote === true,
    // The badge would narrow down who wrote an anonymous post: only shown with the name.
    verifiedMentor: row.verified === true && b.author !== null && !row.anonymous,
    accepted: thread.acceptedPostId === row.id,
    canEdit: b.mine && !deleted && !thread.locked,
    canDelete: b.mine && !deleted,
    canVote: viewer !== null && !b.mine && open,
    canAccept: asker && thread.kind === "question" && !row.isOpening && open && !thread.locked,
  };
}

/** Markdown as one plain line for descriptions: markup dropped, whitespace collapsed. */
function plainExcerpt(markdown: string, max: number): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_>#~|]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

// The thread list ------------------------------------------------------------------------------------

const threadListColumns = {
  id: communityThreads.id,
  slug: communityThreads.slug,
  title: communityThreads.title,
  kind: communityThreads.kind,
  category: communityThreads.category,
  pathways: communityThreads.pathways,
  criteria: communityThreads.criteria,
  anonymous: communityThreads.anonymous,
  authorId: communityThreads.authorId,
  authorName: users.displayName,
  authorHandle: users.handle,
  replyCount: communityThreads.replyCount,
  voteScore: communityThreads.voteScore,
  acceptedPostId: communityThreads.acceptedPostId,
  hasMentorAnswer: communityThreads.hasMentorAnswer,
  lastActivityAt: communityThreads.lastActivityAt,
  createdAt: communityThreads.createdAt,
};

function threadListQuery() {
  return db
    .select(threadListColumns)
    .from(communityThreads)
    .leftJoin(users, eq(users.id, communityThreads.authorId));
}
type ThreadListRow = Awaited<ReturnType<typeof threadListQuery>>[number];

function toThreadListItem(r: ThreadListRow, viewer: Actor | null): ThreadListItem {
  return {
    ...byline(r, viewer),
    id: r.id,
    slug: r.slug,
    title: r.title,
    kind: r.kind,
    category: r.category,
    pathways: r.pathways,
    criteria: r.criteria as CriterionCode[],
    replyCount: r.replyCount,
    voteScore: r.voteScore,
    hasAcceptedAnswer: r.acceptedPostId !== null,
    hasMentorAnswer: r.hasMentorAnswer,
    lastActivityAt: r.lastActivityAt,
    createdAt: r.createdAt,
  };
}

/**
 * Threads by id for lists built elsewhere (the feed, saved items), in the order given; threads
 * this viewer may not read (deleted, hidden, members-only signed out) are left out.
 */
export async function listThreadsByIds(
  viewer: Actor | null,
  ids: readonly string[],
): Promise<ThreadListItem[]> {
  if (ids.length === 0) return [];
  const rows = await threadListQuery().where(
    and(inArray(communityThreads.id, [...ids]), visibleThread, readableCategories(viewer)),
  );
  const byId = new Map(rows.map((r) => [r.id, toThreadListItem(r, viewer)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * Threads for the list, newest activity first by default. "unanswered" means: questions without an
 * accepted answer, and discussions without any reply (newest first). Deleted and hidden threads
 * are left out; signed out, only public categories are listed.
 */
export async function listThreads(
  viewer: Actor | null,
  params: ListThreadsInput = {},
): Promise<ThreadList> {
  const input = listThreadsSchema.parse(params);
  const sort: ThreadSort = input.sort;
  if (!viewer && input.category && categories[input.category].visibility === "members") {
    return { items: [], nextCursor: null, signInRequired: true };
  }
  const cursor = decodeCommunityCursor(input.cursor, sort);
  const t = communityThreads;
  const key: { column: SQL; text: SQL<string> } =
    sort === "latest"
      ? { column: sql`${t.lastActivityAt}`, text: sql<string>`${t.lastActivityAt}::text` }
      : sort === "top"
        ? { column: sql`${t.voteScore}`, text: sql<string>`${t.voteScore}::text` }
        : { column: sql`${t.createdAt}`, text: sql<string>`${t.createdAt}::text` };
  const after = cursor
    ? sort === "top"
      ? sql`(${t.voteScore}, ${t.id}) < (${Number(cursor.v)}::int, ${cursor.id}::uuid)`
      : sql`(${key.column}, ${t.id}) < (${cursor.v}::timestamptz, ${cursor.id}::uuid)`
    : undefined;
  const rows = await db
    .select({ ...threadListColumns, key: key.text })
    .from(t)
    .leftJoin(users, eq(users.id, t.authorId))
    .where(
      and(
        visibleThread,
        readableCategories(viewer),
        input.category ? eq(t.category, input.category) : undefined,
        input.pathway ? sql`${t.pathways} @> array[${input.pathway}]::pathway[]` : undefined,
        input.criterion ? sql`${t.criteria} @> array[${input.criterion}]::text[]` : undefined,
        sort === "unanswered" ? unansweredSql : undefined,
        after,
      ),
    )
    .orderBy(desc(key.column), desc(t.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((r) => toThreadListItem(r, viewer)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCommunityCursor({ s: sort, v: last.key, id: last.id } as CommunityCursor)
        : null,
    signInRequired: false,
  };
}

// One thread ------------------------------------------------------------------------------------------

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
  const page = rows.slice(0, REPLIES_PAGE_SIZE);
  const last = page.at(-1);
  return {
    replies: page.map((r) => toPostView(r, facts, viewer)),
    nextCursor:
      rows.length > REPLIES_PAGE_SIZE && last
        ? encodeCommunityCursor({ s: "replies", v: last.createdAtText, id: last.id })
        : null,
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

// Search ---------------------------------------------------------------------------------------------------

/**
 * Full-text search over thread titles (and tags) and every live post, best match first, keyset by
 * (rank, post id). A thread's title counts towards its opening post. Used by the global search.
 */
export async function searchCommunity(
  viewer: Actor | null,
  q: string,
  cursor?: string | null,
  limit = SEARCH_PAGE_SIZE,
): Promise<{ items: SearchHit[]; nextCursor: string | null }> {
  const text = q.trim().slice(0, SEARCH_MAX);
  if (text.length < 2) return { items: [], nextCursor: null };
  const after = decodeCommunityCursor(cursor, "search");
  const query = sql`websearch_to_tsquery('english', ${text})`;
  // Matches from each side's GIN index, ranked where they are read: a post's own text, plus the
  // thread's title and tags for an opening post. Only the page's rows are then joined for display,
  // so a common word costs one pass over its matches, not a second fetch of every matching post.
  const hits = sql`(select p.id, p.thread_id, ts_rank(p.search_vector, ${query}) as r
      from ${communityPosts} p where p.search_vector @@ ${query} and p.deleted_at is null and p.hidden_at is null
    union all
    select p.id, p.thread_id, ts_rank(t.search_vector, ${query}) as r
      from ${communityThreads} t join ${communityPosts} p on p.thread_id = t.id and p.is_opening
      where t.search_vector @@ ${query} and p.deleted_at is null and p.hidden_at is null) as h`;
  // A real (ts_rank's type), not a rounded numeric: converting 5,000 sums cost a sixth of the
  // query. A post has at most two hits (its text, and its thread's title if it opens the thread),
  // and a sum of two reals does not depend on their order, so a page boundary is exact; the
  // cursor carries the real as PostgreSQL prints it (shortest exact form).
  const rank = sql<string>`sum(h.r)`;
  const top = db
    .select({
      postId: sql<string>`h.id`.as("hit_post_id"),
      rank: sql<string>`${rank}::text`.as("hit_rank"),
    })
    .from(hits)
    .innerJoin(communityThreads, sql`${communityThreads.id} = h.thread_id`)
    .where(and(visibleThread, readableCategories(viewer)))
    .groupBy(sql`h.id`)
    .having(after ? sql`(${rank}, h.id) < (${after.v}::real, ${after.id}::uuid)` : undefined)
    .orderBy(desc(rank), sql`h.id desc`)
    .limit(limit + 1)
    .as("top");
  const rows = await db
    .select({
      threadId: communityThreads.id,
      slug: communityThreads.slug,
      title: communityThreads.title,
      category: communityThreads.category,
      postId: communityPosts.id,
      isOpening: communityPosts.isOpening,
      excerpt: sql<string>`left(${communityPosts.body}, 400)`,
      createdAt: communityPosts.createdAt,
      rank: top.rank,
    })
    .from(top)
    .innerJoin(communityPosts, eq(communityPosts.id, top.postId))
    .innerJoin(communityThreads, eq(communityThreads.id, communityPosts.threadId))
    .orderBy(sql`${top.rank}::real desc`, desc(communityPosts.id));
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: page.map(({ rank: _rank, excerpt, ...hit }) => ({
      ...hit,
      excerpt: plainExcerpt(excerpt, 240),
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCommunityCursor({ s: "search", v: last.rank, id: last.postId })
        : null,
  };
}

/** Whether the member follows the thread (for a follow button outside the thread page). */
export async function isFollowing(viewer: Actor | null, threadId: string): Promise<boolean> {
  if (!viewer || !isUuid(threadId)) return false;
  const [row] = await db
    .select({ threadId: communityFollows.threadId })
    .from(communityFollows)
    .where(and(eq(communityFollows.threadId, threadId), eq(communityFollows.userId, viewer.id)));
  return Boolean(row);
}
