// The thread list: four sorts, keyset-paginated, and threads by id (saved items).
// Every read takes the viewer (null when signed out) and decides here what they may see
// (lib/community/views.ts). Each read is a small, fixed number of queries (no per-row queries).
import "server-only";
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { communityThreads, users } from "@/db/schema";
import type { CriterionCode } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import { categories, type CategorySlug, type ThreadKind, type ThreadSort } from "./vocabulary";
import { decodeCommunityCursor, encodeCommunityCursor, type CommunityCursor } from "./cursor";
import type { ListThreadsFilters } from "./schemas";
import type { Actor } from "@/lib/auth/actor";
import { Byline, byline, readableCategories, visibleThread } from "./views";
import { keysetPage } from "@/lib/cursor";

export const THREADS_PAGE_SIZE = 20;

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

const unansweredSql: SQL = sql`((${communityThreads.kind} = 'question' and ${communityThreads.acceptedPostId} is null) or (${communityThreads.kind} = 'discussion' and ${communityThreads.replyCount} = 0))`;

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
  input: ListThreadsFilters,
): Promise<ThreadList> {
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
  const { page, nextCursor } = keysetPage(rows, input.limit, (last) =>
    encodeCommunityCursor({ s: sort, v: last.key, id: last.id } as CommunityCursor),
  );
  return {
    items: page.map((r) => toThreadListItem(r, viewer)),
    nextCursor,
    signInRequired: false,
  };
}
