// Community: the threads and posts the member wrote (held, hidden and deleted ones included: they
// are the author) with every earlier text of them, their votes and the threads they follow.
import { asc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  communityFollows,
  communityPostRevisions,
  communityPosts,
  communityThreads,
  communityVotes,
} from "@/db/schema";
import {
  atTime,
  keysetPage,
  mapped,
  pages,
  revisionPages,
  timeKey,
  withoutKey,
  type ExportMember,
  type Section,
} from "../paging";

const t = communityThreads;
const p = communityPosts;

const {
  searchVector: _threadVector,
  idempotencyKey: _threadKey,
  authorId: _threadAuthor,
  ...threadColumns
} = getTableColumns(t);

function threadPage(member: ExportMember) {
  return (last: { key: string; id: string } | undefined) =>
    keysetPage(
      db
        .select({ ...threadColumns, key: timeKey(t.createdAt) })
        .from(t)
        .$dynamic(),
      eq(t.authorId, member.id),
      [t.createdAt, t.id],
      last && [atTime(last.key), last.id],
    );
}

function postPage(member: ExportMember) {
  // Another member's thread that is now hidden or deleted is no longer theirs to read: no title.
  const threadTitle = sql<
    string | null
  >`case when ${t.authorId} = ${member.id} or (${t.hiddenAt} is null and ${t.deletedAt} is null) then ${t.title} end`;
  return (last: { key: string; id: string } | undefined) =>
    keysetPage(
      db
        .select({
          id: p.id,
          threadId: p.threadId,
          threadTitle,
          isOpening: p.isOpening,
          anonymous: p.anonymous,
          body: p.body,
          version: p.version,
          voteScore: p.voteScore,
          editedAt: p.editedAt,
          deletedAt: p.deletedAt,
          hiddenAt: p.hiddenAt,
          removedAt: p.removedAt,
          createdAt: p.createdAt,
          updatedAt: p.updatedAt,
          key: timeKey(p.createdAt),
        })
        .from(p)
        .innerJoin(t, eq(t.id, p.threadId))
        .$dynamic(),
      eq(p.authorId, member.id),
      [p.createdAt, p.id],
      last && [atTime(last.key), last.id],
    );
}

/** Every earlier text of the member's posts: for each page of their posts, those posts' revisions. */
function revisions(member: ExportMember) {
  const v = communityPostRevisions;
  return revisionPages(member, pages(postPage(member)), (ids) =>
    db
      .select({
        postId: v.postId,
        version: v.version,
        title: v.title,
        body: v.body,
        editorId: v.editorId,
        replacedAt: v.createdAt,
      })
      .from(v)
      .where(inArray(v.postId, ids))
      .orderBy(asc(v.postId), asc(v.version)),
  );
}

function votePage(member: ExportMember) {
  const v = communityVotes;
  // In the order of the (user_id, created_at) index.
  return (last: { key: string; postId: string } | undefined) =>
    keysetPage(
      db
        .select({
          postId: v.postId,
          threadId: p.threadId,
          createdAt: v.createdAt,
          key: timeKey(v.createdAt),
        })
        .from(v)
        .innerJoin(p, eq(p.id, v.postId))
        .$dynamic(),
      eq(v.userId, member.id),
      [v.createdAt, v.postId],
      last && [atTime(last.key), last.postId],
    );
}

function followPage(member: ExportMember) {
  const f = communityFollows;
  // In the order of the (user_id, created_at) index.
  return (last: { key: string; threadId: string } | undefined) =>
    keysetPage(
      db
        .select({ threadId: f.threadId, createdAt: f.createdAt, key: timeKey(f.createdAt) })
        .from(f)
        .$dynamic(),
      eq(f.userId, member.id),
      [f.createdAt, f.threadId],
      last && [atTime(last.key), last.threadId],
    );
}

export const communitySections: Section[] = [
  {
    file: "community/threads.json",
    about:
      "Threads you started, with their state (hidden, removed, locked or deleted ones included: you wrote them).",
    covers: ["community_threads.author_id"],
    shape: "list",
    rows: (member) => mapped(threadPage(member), withoutKey),
  },
  {
    file: "community/posts.json",
    about:
      "Every post you wrote (questions and replies), as it reads now, held, hidden and deleted ones included; the thread's title where you can still read the thread.",
    covers: ["community_posts.author_id"],
    shape: "list",
    rows: (member) => mapped(postPage(member), withoutKey),
  },
  {
    file: "community/post-revisions.json",
    about:
      "Every earlier text of your posts, kept by each edit; `editedBy` is you or staff (a moderator or admin).",
    covers: [],
    shape: "list",
    rows: revisions,
  },
  {
    file: "community/votes.json",
    about: "The posts you up-voted.",
    covers: ["community_votes.user_id"],
    shape: "list",
    rows: (member) => mapped(votePage(member), withoutKey),
  },
  {
    file: "community/followed-threads.json",
    about: "The threads you follow (you hear about their new replies).",
    covers: ["community_follows.user_id"],
    shape: "list",
    rows: (member) => mapped(followPage(member), withoutKey),
  },
];
