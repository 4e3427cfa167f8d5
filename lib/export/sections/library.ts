// The library and the feed: content the member wrote (drafts included) and its history, the
// authors they follow, what they saved and what they marked "not interested".
import { asc, eq, getTableColumns, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import {
  authorFollows,
  bookmarks,
  contentItems,
  contentRevisions,
  feedDismissals,
  users,
} from "@/db/schema";
import { ownRows } from "../own-rows";
import { revisionPages, type ExportMember, type Section } from "../paging";

const c = contentItems;
const {
  searchVector: _vector,
  idempotencyKey: _key,
  authorId: _author,
  ...contentColumns
} = getTableColumns(c);

function content(member: ExportMember) {
  return ownRows(c, contentColumns, eq(c.authorId, member.id), ["createdAt", "id"]);
}

/** Every earlier version of the member's content: for each page of their items, its revisions. */
function contentRevisionRows(member: ExportMember) {
  const v = contentRevisions;
  return revisionPages(member, content(member), (ids) =>
    db
      .select({
        contentId: v.contentId,
        version: v.version,
        title: v.title,
        summary: v.summary,
        body: v.body,
        editorId: v.editorId,
        replacedAt: v.createdAt,
      })
      .from(v)
      .where(inArray(v.contentId, ids))
      .orderBy(asc(v.contentId), asc(v.version)),
  );
}

function followedAuthors(member: ExportMember) {
  const f = authorFollows;
  const columns = {
    authorId: f.authorId,
    name: users.displayName,
    handle: users.handle,
    createdAt: f.createdAt,
  };
  return ownRows(f, columns, eq(f.followerId, member.id), ["authorId"], (query) =>
    query.innerJoin(users, eq(users.id, f.authorId)),
  );
}

const b = bookmarks;
const bookmarkColumns = { targetType: b.targetType, targetId: b.targetId, createdAt: b.createdAt };
const d = feedDismissals;
const dismissalColumns = {
  itemType: d.itemType,
  itemId: d.itemId,
  tags: d.tags,
  createdAt: d.createdAt,
};

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
