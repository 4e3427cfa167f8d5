// The personalised feed: who the reader is (one query), bounded candidates through indexes (one
// query per kind, in parallel), the pure ranking (lib/feed/rank.ts), and a snapshot of the ranked
// list so later pages read exactly what the first page ranked (docs/decisions/008-feed.md).
import "server-only";
import { and, desc, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import {
  applicantProfiles,
  authorFollows,
  bookmarks,
  communityFollows,
  communityThreads,
  contentItems,
  criterionAssessments,
  feedDismissals,
  feedSnapshots,
  mentorshipRequests,
  users,
} from "@/db/schema";
import { visibleThread } from "@/lib/community/views";
import { chargeabilityOf, type Chargeability } from "@/lib/domain/countries";
import { isCriterionOf, type CriterionCode } from "@/lib/domain/criteria";
import type { FieldCode } from "@/lib/domain/case-facts";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { StageCode } from "@/lib/domain/stages";
import type { CategorySlug } from "@/lib/community/categories";
import type { ContentKind } from "@/lib/content/kinds";
import { textArray } from "@/lib/sql";
import { rankFeed } from "./rank";
import { SNAPSHOT_TTL_HOURS } from "./sweep";
import type { FeedCandidate, FeedPerson, FeedReason, FeedSignals, RankedItem } from "./types";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export const FEED_PAGE_SIZE = 20;
/** Ranked items kept in a snapshot: 10 pages. Beyond that the feed points to the library. */
export const SNAPSHOT_SIZE = 200;
/** Candidates per source; bounded so the cost does not grow with the data. */
export const CANDIDATES = { matching: 150, recent: 80, followed: 40 } as const;

/** One feed entry as a page shows it. */
export type FeedEntry =
  | { type: "content"; id: string; reasons: FeedReason[]; content: FeedContent; saved: boolean }
  | { type: "thread"; id: string; reasons: FeedReason[]; thread: FeedThread; saved: boolean };

export interface FeedContent {
  id: string;
  slug: string;
  kind: ContentKind;
  title: string;
  summary: string;
  pathways: PathwayCode[];
  criteria: CriterionCode[];
  official: boolean;
  publishedAt: Date;
  revisedAt: Date | null;
  closesOn: string | null;
  saveCount: number;
  authorName: string | null;
}

export interface FeedThread {
  id: string;
  slug: string;
  title: string;
  category: CategorySlug;
  pathways: PathwayCode[];
  criteria: CriterionCode[];
  replyCount: number;
  voteScore: number;
  hasAcceptedAnswer: boolean;
  hasMentorAnswer: boolean;
  lastActivityAt: Date;
}

export interface FeedPage {
  entries: FeedEntry[];
  nextCursor: string | null;
  /** The profile was empty: the page asks the member to finish onboarding. */
  profileEmpty: boolean;
  /** Where the member's case description stands; "done" on later pages (not read again). */
  onboarding: "none" | "started" | "done";
  /** A cursor that no longer works (expired, or not this member's): the first page is shown. */
  restarted: boolean;
}

// The reader ---------------------------------------------------------------------------------------

interface Reader {
  onboarding: FeedPage["onboarding"];
  person: FeedPerson;
  signals: FeedSignals;
  dismissed: Set<string>;
  followedAuthors: string[];
}

/** The reader's profile, gaps, "not interested" marks and followed authors, in one query. */
async function loadReader(viewer: Actor): Promise<Reader> {
  const [row] = await db
    .select({
      profileOf: applicantProfiles.userId,
      onboardedAt: applicantProfiles.onboardingCompletedAt,
      pathways: applicantProfiles.targetPathways,
      stage: applicantProfiles.stage,
      field: applicantProfiles.field,
      countryOfBirth: applicantProfiles.countryOfBirth,
      gaps: sql<
        { pathway: PathwayCode; criterion: string; strength: "none" | "some" }[] | null
      >`(select json_agg(json_build_object('pathway', ${criterionAssessments.pathway}, 'criterion', ${criterionAssessments.criterion}, 'strength', ${criterionAssessments.strength})) from ${criterionAssessments} where ${criterionAssessments.userId} = ${users.id} and ${criterionAssessments.strength} in ('none', 'some'))`,
      dismissed: sql<
        { t: string; id: string; tags: string[] }[] | null
      >`(select json_agg(json_build_object('t', d.item_type, 'id', d.item_id, 'tags', d.tags)) from (select * from ${feedDismissals} where ${feedDismissals.userId} = ${users.id} order by ${feedDismissals.createdAt} desc limit 200) d)`,
      authors: sql<
        string[] | null
      >`(select array_agg(a) from (select ${authorFollows.authorId} as a from ${authorFollows} where ${authorFollows.followerId} = ${users.id} union select ${mentorshipRequests.mentorId} from ${mentorshipRequests} where ${mentorshipRequests.applicantId} = ${users.id} and ${mentorshipRequests.state} = 'accepted') f)`,
    })
    .from(users)
    .leftJoin(applicantProfiles, eq(applicantProfiles.userId, users.id))
    .where(eq(users.id, viewer.id));
  const pathways = (row?.pathways ?? []) as PathwayCode[];
  const weakCriteria = (row?.gaps ?? [])
    .filter((g) => pathways.includes(g.pathway) && isCriterionOf(g.pathway, g.criterion))
    .map((g) => ({ ...g, criterion: g.criterion as CriterionCode }));
  const dismissedRows = row?.dismissed ?? [];
  return {
    onboarding: row?.onboardedAt ? "done" : row?.profileOf ? "started" : "none",
    person: {
      pathways,
      weakCriteria,
      stage: (row?.stage ?? null) as StageCode | null,
      field: (row?.field ?? null) as FieldCode | null,
      chargeability: chargeabilityOf(row?.countryOfBirth) as Chargeability | null,
    },
    signals: { dismissedTags: dismissedRows.flatMap((d) => d.tags) },
    dismissed: new Set(dismissedRows.map((d) => `${d.t}:${d.id}`)),
    followedAuthors: row?.authors ?? [],
  };
}

// Candidates ---------------------------------------------------------------------------------------

function savedSql(viewer: Actor, type: "content" | "thread", id: SQL | unknown): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${bookmarks} where ${bookmarks.userId} = ${viewer.id} and ${bookmarks.targetType} = ${type} and ${bookmarks.targetId} = ${id}::text)`;
}

const contentColumns = (viewer: Actor) => ({
  id: contentItems.id,
  slug: contentItems.slug,
  kind: contentItems.kind,
  title: contentItems.title,
  summary: contentItems.summary,
  pathways: contentItems.pathways,
  criteria: contentItems.criteria,
  stages: contentItems.stages,
  fields: contentItems.fields,
  chargeability: contentItems.chargeability,
  official: contentItems.official,
  pinned: contentItems.pinned,
  publishedAt: contentItems.publishedAt,
  revisedAt: contentItems.revisedAt,
  closesOn: contentItems.closesOn,
  saveCount: contentItems.saveCount,
  authorId: contentItems.authorId,
  authorName: users.displayName,
  saved: savedSql(viewer, "content", contentItems.id),
});

const liveContent: SQL = sql`${contentItems.status} = 'published' and (${contentItems.closesOn} is null or ${contentItems.closesOn} >= current_date)`;

function contentQuery(viewer: Actor, where: SQL | undefined, limit: number) {
  return db
    .select(contentColumns(viewer))
    .from(contentItems)
    .leftJoin(users, eq(users.id, contentItems.authorId))
    .where(and(liveContent, where))
    .orderBy(desc(contentItems.publishedAt), desc(contentItems.id))
    .limit(limit);
}

type ContentRow = Awaited<ReturnType<typeof contentQuery>>[number];

const threadColumns = (viewer: Actor) => ({
  id: communityThreads.id,
  slug: communityThreads.slug,
  title: communityThreads.title,
  category: communityThreads.category,
  pathways: communityThreads.pathways,
  criteria: communityThreads.criteria,
  authorId: communityThreads.authorId,
  anonymous: communityThreads.anonymous,
  replyCount: communityThreads.replyCount,
  voteScore: communityThreads.voteScore,
  acceptedPostId: communityThreads.acceptedPostId,
  hasMentorAnswer: communityThreads.hasMentorAnswer,
  lastActivityAt: communityThreads.lastActivityAt,
  createdAt: communityThreads.createdAt,
  followedSince: communityFollows.createdAt,
  saved: savedSql(viewer, "thread", communityThreads.id),
});

function threadQuery(viewer: Actor, where: SQL | undefined, limit: number) {
  return db
    .select(threadColumns(viewer))
    .from(communityThreads)
    .leftJoin(
      communityFollows,
      and(
        eq(communityFollows.threadId, communityThreads.id),
        eq(communityFollows.userId, viewer.id),
      ),
    )
    .where(and(visibleThread, where))
    .orderBy(desc(communityThreads.lastActivityAt), desc(communityThreads.id))
    .limit(limit);
}

type ThreadRow = Awaited<ReturnType<typeof threadQuery>>[number];

function arrayOverlap(column: SQL | unknown, values: readonly string[], type: string): SQL {
  return sql`${column} && ${textArray(values)}::${sql.raw(type)}[]`;
}

/**
 * Bounded candidates: items tagged with the reader's pathways or gaps (GIN indexes), the newest
 * items (the recency index), and, for threads, followed ones with activity. Each source has a
 * limit, so the work is the same with a thousand items or a million.
 */
async function loadCandidates(viewer: Actor, reader: Reader) {
  const { person } = reader;
  const gaps = person.weakCriteria.map((g) => g.criterion);
  const matchContent: SQL[] = [];
  const matchThreads: SQL[] = [];
  if (person.pathways.length) {
    matchContent.push(arrayOverlap(contentItems.pathways, person.pathways, "pathway"));
    matchThreads.push(arrayOverlap(communityThreads.pathways, person.pathways, "pathway"));
  }
  if (gaps.length) {
    matchContent.push(arrayOverlap(contentItems.criteria, gaps, "text"));
    matchThreads.push(arrayOverlap(communityThreads.criteria, gaps, "text"));
  }
  if (person.stage) matchContent.push(arrayOverlap(contentItems.stages, [person.stage], "stage"));
  const authors = reader.followedAuthors;

  const contentSources = [contentQuery(viewer, undefined, CANDIDATES.recent)];
  if (matchContent.length) {
    contentSources.push(contentQuery(viewer, or(...matchContent), CANDIDATES.matching));
  }
  if (authors.length) {
    contentSources.push(
      contentQuery(viewer, inArray(contentItems.authorId, authors), CANDIDATES.followed),
    );
  }
  const threadSources = [
    threadQuery(viewer, undefined, CANDIDATES.recent),
    threadQuery(
      viewer,
      and(
        sql`${communityFollows.userId} is not null`,
        gt(communityThreads.lastActivityAt, communityFollows.createdAt),
      ),
      CANDIDATES.followed,
    ),
  ];
  if (matchThreads.length) {
    threadSources.push(threadQuery(viewer, or(...matchThreads), CANDIDATES.matching));
  }
  // One round trip per kind: the sources of a kind go out as one UNION ALL.
  const [contentRows, threadRows] = await Promise.all([
    unionAll(contentSources) as Promise<ContentRow[]>,
    unionAll(threadSources) as Promise<ThreadRow[]>,
  ]);
  return { contentRows: dedupe(contentRows), threadRows: dedupe(threadRows) };
}

type Unionable = { unionAll: (other: never) => Unionable } & PromiseLike<unknown[]>;

function unionAll<Q>(queries: Q[]): Promise<unknown[]> {
  const [first, ...rest] = queries as unknown as Unionable[];
  let query = first!;
  for (const q of rest) query = query.unionAll(q as never);
  return Promise.resolve(query) as Promise<unknown[]>;
}

function dedupe<T extends { id: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
}

function contentCandidate(r: ContentRow, reader: Reader): FeedCandidate {
  return {
    type: "content",
    id: r.id,
    contentKind: r.kind,
    category: null,
    pathways: r.pathways,
    criteria: r.criteria as CriterionCode[],
    stages: r.stages,
    fields: r.fields as FieldCode[],
    chargeability: r.chargeability as Chargeability[],
    authorId: r.authorId,
    official: r.official,
    pinned: r.pinned,
    publishedAt: r.publishedAt!,
    lastActivityAt: r.revisedAt ?? r.publishedAt!,
    votes: 0,
    replies: 0,
    saves: r.saveCount,
    followedThreadActive: false,
    followedAuthor: r.authorId !== null && reader.followedAuthors.includes(r.authorId),
  };
}

function threadCandidate(r: ThreadRow, reader: Reader): FeedCandidate {
  return {
    type: "thread",
    id: r.id,
    contentKind: null,
    category: r.category,
    pathways: r.pathways,
    criteria: r.criteria as CriterionCode[],
    stages: [],
    fields: [],
    chargeability: [],
    authorId: r.anonymous ? null : r.authorId,
    official: false,
    pinned: false,
    publishedAt: r.createdAt,
    lastActivityAt: r.lastActivityAt,
    votes: r.voteScore,
    replies: r.replyCount,
    saves: 0,
    followedThreadActive:
      r.followedSince !== null && r.replyCount > 0 && r.lastActivityAt > r.followedSince,
    followedAuthor:
      !r.anonymous && r.authorId !== null && reader.followedAuthors.includes(r.authorId),
  };
}

function toContentEntry(r: ContentRow, reasons: FeedReason[]): FeedEntry {
  return {
    type: "content",
    id: r.id,
    reasons,
    saved: r.saved === true,
    content: {
      id: r.id,
      slug: r.slug,
      kind: r.kind,
      title: r.title,
      summary: r.summary,
      pathways: r.pathways,
      criteria: r.criteria as CriterionCode[],
      official: r.official,
      publishedAt: r.publishedAt!,
      revisedAt: r.revisedAt,
      closesOn: r.closesOn,
      saveCount: r.saveCount,
      authorName: r.authorName,
    },
  };
}

function toThreadEntry(r: ThreadRow, reasons: FeedReason[]): FeedEntry {
  return {
    type: "thread",
    id: r.id,
    reasons,
    saved: r.saved === true,
    thread: {
      id: r.id,
      slug: r.slug,
      title: r.title,
      category: r.category,
      pathways: r.pathways,
      criteria: r.criteria as CriterionCode[],
      replyCount: r.replyCount,
      voteScore: r.voteScore,
      hasAcceptedAnswer: r.acceptedPostId !== null,
      hasMentorAnswer: r.hasMentorAnswer,
      lastActivityAt: r.lastActivityAt,
    },
  };
}

// Cursors ------------------------------------------------------------------------------------------

interface SnapshotItem {
  t: "content" | "thread";
  id: string;
  r: FeedReason[];
}

export function encodeFeedCursor(snapshotId: string, offset: number): string {
  return `${snapshotId}.${offset}`;
}

function decodeFeedCursor(cursor: string): { snapshotId: string; offset: number } | null {
  const [id, offset] = cursor.split(".");
  const n = Number(offset);
  if (!id || !isUuid(id) || !Number.isInteger(n) || n <= 0 || n >= SNAPSHOT_SIZE) return null;
  return { snapshotId: id, offset: n };
}

// The page -----------------------------------------------------------------------------------------

/**
 * The member's feed. The first page ranks fresh candidates and stores the ranked list; a cursor
 * reads the next slice of that list, so paging has no duplicates or gaps while new items arrive
 * or scores move. Items marked "not interested" since then are left out.
 */
export async function getFeed(
  viewer: Actor,
  cursor?: string | null,
  now = new Date(),
): Promise<FeedPage> {
  const position = cursor ? decodeFeedCursor(cursor) : null;
  if (position) {
    const page = await readSnapshot(viewer, position.snapshotId, position.offset, now);
    if (page) return page;
  }
  const reader = await loadReader(viewer);
  const { contentRows, threadRows } = await loadCandidates(viewer, reader);
  const candidates = [
    ...contentRows.map((r) => contentCandidate(r, reader)),
    ...threadRows.map((r) => threadCandidate(r, reader)),
  ].filter((c) => !reader.dismissed.has(`${c.type}:${c.id}`));
  const ranked = rankFeed(reader.person, candidates, reader.signals, now).slice(0, SNAPSHOT_SIZE);

  const contentById = new Map(contentRows.map((r) => [r.id, r]));
  const threadById = new Map(threadRows.map((r) => [r.id, r]));
  const entries = ranked
    .slice(0, FEED_PAGE_SIZE)
    .map((item) =>
      item.type === "content"
        ? toContentEntry(contentById.get(item.id)!, item.reasons)
        : toThreadEntry(threadById.get(item.id)!, item.reasons),
    );
  let nextCursor: string | null = null;
  if (ranked.length > FEED_PAGE_SIZE) {
    const [snapshot] = await db
      .insert(feedSnapshots)
      .values({ userId: viewer.id, items: ranked.map(toSnapshotItem), createdAt: now })
      .returning({ id: feedSnapshots.id });
    nextCursor = encodeFeedCursor(snapshot!.id, FEED_PAGE_SIZE);
  }
  return {
    entries,
    nextCursor,
    profileEmpty: reader.person.pathways.length === 0 && reader.person.stage === null,
    onboarding: reader.onboarding,
    restarted: Boolean(cursor),
  };
}

function toSnapshotItem(item: RankedItem): SnapshotItem {
  return { t: item.type, id: item.id, r: item.reasons };
}

/** A later page, from the member's own snapshot; null when it is gone, expired or not theirs. */
async function readSnapshot(
  viewer: Actor,
  snapshotId: string,
  offset: number,
  now: Date,
): Promise<FeedPage | null> {
  const [snapshot] = await db
    .select({ items: feedSnapshots.items })
    .from(feedSnapshots)
    .where(
      and(
        eq(feedSnapshots.id, snapshotId),
        eq(feedSnapshots.userId, viewer.id),
        gt(feedSnapshots.createdAt, new Date(now.getTime() - SNAPSHOT_TTL_HOURS * 3_600_000)),
      ),
    );
  if (!snapshot) return null;
  const all = snapshot.items as SnapshotItem[];
  const slice = all.slice(offset, offset + FEED_PAGE_SIZE);
  const contentIds = slice.filter((i) => i.t === "content").map((i) => i.id);
  const threadIds = slice.filter((i) => i.t === "thread").map((i) => i.id);
  const notDismissed = (type: "content" | "thread", id: SQL | unknown) =>
    sql`not exists (select 1 from ${feedDismissals} where ${feedDismissals.userId} = ${viewer.id} and ${feedDismissals.itemType} = ${type} and ${feedDismissals.itemId} = ${id})`;
  const [contentRows, threadRows] = await Promise.all([
    contentIds.length
      ? contentQuery(
          viewer,
          and(inArray(contentItems.id, contentIds), notDismissed("content", contentItems.id)),
          FEED_PAGE_SIZE,
        )
      : Promise.resolve([] as ContentRow[]),
    threadIds.length
      ? threadQuery(
          viewer,
          and(inArray(communityThreads.id, threadIds), notDismissed("thread", communityThreads.id)),
          FEED_PAGE_SIZE,
        )
      : Promise.resolve([] as ThreadRow[]),
  ]);
  const contentById = new Map(contentRows.map((r) => [r.id, r]));
  const threadById = new Map(threadRows.map((r) => [r.id, r]));
  // Items taken down, unpublished or dismissed since the snapshot are skipped, not replaced.
  const entries = slice.flatMap((i): FeedEntry[] => {
    if (i.t === "content") {
      const row = contentById.get(i.id);
      return row ? [toContentEntry(row, i.r)] : [];
    }
    const row = threadById.get(i.id);
    return row ? [toThreadEntry(row, i.r)] : [];
  });
  const nextOffset = offset + FEED_PAGE_SIZE;
  return {
    entries,
    nextCursor: nextOffset < all.length ? encodeFeedCursor(snapshotId, nextOffset) : null,
    profileEmpty: false,
    onboarding: "done",
    restarted: false,
  };
}
