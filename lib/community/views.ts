// What reading the community shows, and the rules every read applies. Every read takes the viewer
// (null when signed out) and decides what they may see:
// - members-only categories are not readable signed out;
// - hidden and deleted threads leave lists and search; a hidden thread stays readable by its
//   author (with a notice) and by moderators, a deleted one by moderators only;
// - an anonymous post never carries its author to anyone but the author and moderators (the
//   author's id is read in SQL and dropped here, so it never reaches a page or the RSC payload).
// Each read is a small, fixed number of queries (no per-row queries).
import "server-only";
import { inArray, sql, type SQL } from "drizzle-orm";
import { verifiedMentorSql } from "@/lib/mentors/sql";
import { communityPosts, communityThreads, communityVotes, users } from "@/db/schema";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { publicCategorySlugs, type ThreadKind } from "./vocabulary";
import type { Actor } from "@/lib/auth/actor";

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

export function isStaff(viewer: Actor | null): boolean {
  return viewer !== null && hasRoleAtLeast(viewer, "moderator");
}

export function byline(
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

export const visibleThread: SQL = sql`${communityThreads.deletedAt} is null and ${communityThreads.hiddenAt} is null`;

export function readableCategories(viewer: Actor | null): SQL | undefined {
  return viewer ? undefined : inArray(communityThreads.category, [...publicCategorySlugs]);
}

function myVoteSql(viewer: Actor | null): SQL<boolean> {
  return viewer
    ? sql<boolean>`exists (select 1 from ${communityVotes} where ${communityVotes.postId} = ${communityPosts.id} and ${communityVotes.userId} = ${viewer.id})`
    : sql<boolean>`false`;
}

export function postColumns(viewer: Actor | null) {
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

export type PostRow = {
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

export interface ThreadFacts {
  kind: ThreadKind;
  authorId: string | null;
  acceptedPostId: string | null;
  locked: boolean;
}

export function toPostView(row: PostRow, thread: ThreadFacts, viewer: Actor | null): PostView {
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
export function plainExcerpt(markdown: string, max: number): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_>#~|]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
