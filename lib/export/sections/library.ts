// The library and the feed: content the member wrote (drafts included) and its history, the
// authors they follow, what they saved and what they marked "not interested".
import { and, asc, eq, getTableColumns, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import {
  authorFollows,
  bookmarks,
  contentItems,
  contentRevisions,
  feedDismissals,
  users,
} from "@/db/schema";
import {
  after,
  atTime,
  mapped,
  PAGE_SIZE,
  pages,
  timeKey,
  whoIs,
  type ExportMember,
  type Section,
} from "../paging";

const c = contentItems;
const {
  searchVector: _vector,
  idempotencyKey: _key,
  authorId: _author,
  ...contentColumns
} = getTableColumns(c);

function contentPage(member: ExportMember) {
  return (last: { key: string; id: string } | undefined) =>
    db
      .select({ ...contentColumns, key: timeKey(c.createdAt) })
      .from(c)
      .where(
        and(
          eq(c.authorId, member.id),
          after([c.createdAt, c.id], last && [atTime(last.key), last.id]),
        ),
      )
      .orderBy(asc(c.createdAt), asc(c.id))
      .limit(PAGE_SIZE);
}

/** Every earlier version of the member's content: for each page of their items, its revisions. */
async function* contentRevisionRows(member: ExportMember): AsyncGenerator<object[]> {
  const v = contentRevisions;
  for await (const items of pages(contentPage(member))) {
    const rows = await db
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
      .where(
        inArray(
          v.contentId,
          items.map((item) => item.id),
        ),
      )
      .orderBy(asc(v.contentId), asc(v.version));
    if (rows.length > 0) {
      yield rows.map(({ editorId, ...revision }) => ({
        ...revision,
        editedBy: whoIs(member, editorId, "staff"),
      }));
    }
  }
}

function authorFollowPage(member: ExportMember) {
  const f = authorFollows;
  return (last: { authorId: string } | undefined) =>
    db
      .select({
        authorId: f.authorId,
        name: users.displayName,
        handle: users.handle,
        createdAt: f.createdAt,
      })
      .from(f)
      .innerJoin(users, eq(users.id, f.authorId))
      .where(and(eq(f.followerId, member.id), after([f.authorId], last && [last.authorId])))
      .orderBy(asc(f.authorId))
      .limit(PAGE_SIZE);
}

function bookmarkPage(member: ExportMember) {
  const b = bookmarks;
  return (last: { targetType: string; targetId: string } | undefined) =>
    db
      .select({ targetType: b.targetType, targetId: b.targetId, createdAt: b.createdAt })
      .from(b)
      .where(
        and(
          eq(b.userId, member.id),
          after([b.targetType, b.targetId], last && [last.targetType, last.targetId]),
        ),
      )
      .orderBy(asc(b.targetType), asc(b.targetId))
      .limit(PAGE_SIZE);
}

function dismissalPage(member: ExportMember) {
  const d = feedDismissals;
  return (last: { itemType: string; itemId: string } | undefined) =>
    db
      .select({ itemType: d.itemType, itemId: d.itemId, tags: d.tags, createdAt: d.createdAt })
      .from(d)
      .where(
        and(
          eq(d.userId, member.id),
          after([d.itemType, d.itemId], last && [last.itemType, last.itemId]),
        ),
      )
      .orderBy(asc(d.itemType), asc(d.itemId))
      .limit(PAGE_SIZE);
}

export const librarySections: Section[] = [
  {
    file: "library/content.json",
    about: "Guides, articles, checklists and opportunities you wrote, drafts included.",
    covers: ["content_items.author_id"],
    shape: "list",
    rows: (member) => mapped(contentPage(member), ({ key: _, ...item }) => item),
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
    rows: (member) => mapped(authorFollowPage(member), (follow) => follow),
  },
  {
    file: "saved.json",
    about: "What you saved: mentors, content and threads (by id).",
    covers: ["bookmarks.user_id", "bookmarks.target_id"],
    shape: "list",
    rows: (member) => mapped(bookmarkPage(member), (bookmark) => bookmark),
  },
  {
    file: "feed/not-interested.json",
    about: "Feed items you marked “Not interested”, with the tags that now rank lower for you.",
    covers: ["feed_dismissals.user_id", "feed_dismissals.item_id"],
    shape: "list",
    rows: (member) => mapped(dismissalPage(member), (dismissal) => dismissal),
  },
];
