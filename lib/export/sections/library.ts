// The library and the feed: content the member wrote (drafts included) and its history, the
// authors they follow, what they saved and what they marked "not interested".
import { eq } from "drizzle-orm";
import {
  authorFollows,
  bookmarks,
  contentItems,
  contentRevisions,
  feedDismissals,
  users,
} from "@/db/schema";
import { ownRevisions, ownRows, ownWriting, pickColumns } from "../own-rows";
import type { ExportMember, Section } from "../paging";

const c = contentItems;
function content(member: ExportMember) {
  return ownWriting(c, member);
}

/** Every earlier version of the member's content: for each page of their items, its revisions. */
function contentRevisionRows(member: ExportMember) {
  const v = contentRevisions;
  const columns = pickColumns(v, ["contentId", "version", "title", "summary", "body"]);
  return ownRevisions(member, content(member), v, v.contentId, columns);
}

function followedAuthors(member: ExportMember) {
  const f = authorFollows;
  const columns = {
    authorId: f.authorId,
    name: users.displayName,
    handle: users.handle,
    createdAt: f.createdAt,
  };
  return ownRows(f, columns, eq(f.followerId, member.id), ["authorId"], {
    inner: [users, eq(users.id, f.authorId)],
  });
}

const b = bookmarks;
const bookmarkColumns = pickColumns(b, ["targetType", "targetId", "createdAt"]);
const d = feedDismissals;
const dismissalColumns = pickColumns(d, ["itemType", "itemId", "tags", "createdAt"]);

export const librarySections: Section[] = [
  {
    file: "library/content.json",
    about: "Guides, articles, checklists and opportunities you wrote, drafts included.",
    covers: ["content_items.author_id"],
    shape: "list",
    rows: content,
  },
  {
    file: "library/content-revisions.json",
    about: "Every earlier version of your content, kept by each edit; `editedBy` is you or staff.",
    covers: [],
    shape: "list",
    rows: contentRevisionRows,
  },
  {
    file: "library/followed-authors.json",
    about: "The authors you follow (their new writing ranks higher in your feed).",
    covers: ["author_follows.follower_id"],
    shape: "list",
    rows: followedAuthors,
  },
  {
    file: "saved.json",
    about: "What you saved: mentors, content and threads (by id).",
    covers: ["bookmarks.user_id", "bookmarks.target_id"],
    shape: "list",
    rows: (member) =>
      ownRows(b, bookmarkColumns, eq(b.userId, member.id), ["targetType", "targetId"]),
  },
  {
    file: "feed/not-interested.json",
    about: "Feed items you marked “Not interested”, with the tags that now rank lower for you.",
    covers: ["feed_dismissals.user_id", "feed_dismissals.item_id"],
    shape: "list",
    rows: (member) => ownRows(d, dismissalColumns, eq(d.userId, member.id), ["itemType", "itemId"]),
  },
];
