// Community: the threads and posts the member wrote (held, hidden and deleted ones included: they
// are the author) with every earlier text of them, their votes and the threads they follow.
import { eq, sql } from "drizzle-orm";
import {
  communityFollows,
  communityPostRevisions,
  communityPosts,
  communityThreads,
  communityVotes,
} from "@/db/schema";
import { ownRevisions, ownRows, ownWriting, pickColumns } from "../own-rows";
import type { ExportMember, Section } from "../paging";

const t = communityThreads;
const p = communityPosts;

function posts(member: ExportMember) {
  // Another member's thread that is now hidden or deleted is no longer theirs to read: no title.
  const threadTitle = sql<
    string | null
  >`case when ${t.authorId} = ${member.id} or (${t.hiddenAt} is null and ${t.deletedAt} is null) then ${t.title} end`;
  const columns = {
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
  };
  return ownRows(p, columns, eq(p.authorId, member.id), ["createdAt", "id"], {
    inner: [t, eq(t.id, p.threadId)],
  });
}

/** Every earlier text of the member's posts: for each page of their posts, those posts' revisions. */
function revisions(member: ExportMember) {
  const v = communityPostRevisions;
  const columns = pickColumns(v, ["postId", "version", "title", "body"]);
  return ownRevisions(member, posts(member), v, v.postId, columns);
}

function votes(member: ExportMember) {
  const v = communityVotes;
  // In the order of the (user_id, created_at) index.
  const columns = { postId: v.postId, threadId: p.threadId, createdAt: v.createdAt };
  return ownRows(v, columns, eq(v.userId, member.id), ["createdAt", "postId"], {
    inner: [p, eq(p.id, v.postId)],
  });
}

function follows(member: ExportMember) {
  const f = communityFollows;
  // In the order of the (user_id, created_at) index.
  const columns = pickColumns(f, ["threadId", "createdAt"]);
  return ownRows(f, columns, eq(f.userId, member.id), ["createdAt", "threadId"]);
}

export const communitySections: Section[] = [
  {
    file: "community/threads.json",
    about:
      "Threads you started, with their state (hidden, removed, locked or deleted ones included: you wrote them).",
    covers: ["community_threads.author_id"],
    shape: "list",
    rows: (member) => ownWriting(t, member),
  },
  {
    file: "community/posts.json",
    about:
      "Every post you wrote (questions and replies), as it reads now, held, hidden and deleted ones included; the thread's title where you can still read the thread.",
    covers: ["community_posts.author_id"],
    shape: "list",
    rows: posts,
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
    rows: votes,
  },
  {
    file: "community/followed-threads.json",
    about: "The threads you follow (you hear about their new replies).",
    covers: ["community_follows.user_id"],
    shape: "list",
    rows: follows,
  },
];
