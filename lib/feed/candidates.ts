// The feed's candidates: bounded queries through indexes (one round trip per kind), and each row
// as the ranking sees it (lib/feed/rank.ts). The row queries also read a snapshot's page back.
import "server-only";
import { and, desc, eq, gt, inArray, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { bookmarks, communityFollows, communityThreads, contentItems, users } from "@/db/schema";
import { visibleThread } from "@/lib/community/views";
import type { Chargeability } from "@/lib/domain/countries";
import type { CriterionCode } from "@/lib/domain/criteria";
import type { FieldCode } from "@/lib/domain/case-facts";
import { textArray } from "@/lib/sql";
import type { Reader } from "./reader";
import type { FeedCandidate } from "./types";
import type { Actor } from "@/lib/auth/actor";

/** Candidates per source; bounded so the cost does not grow with the data. */
export const CANDIDATES = { matching: 150, recent: 80, followed: 40 } as const;

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

export function contentQuery(viewer: Actor, where: SQL | undefined, limit: number) {
  return db
    .select(contentColumns(viewer))
    .from(contentItems)
    .leftJoin(users, eq(users.id, contentItems.authorId))
    .where(and(liveContent, where))
    .orderBy(desc(contentItems.publishedAt), desc(contentItems.id))
    .limit(limit);
}

export type ContentRow = Awaited<ReturnType<typeof contentQuery>>[number];

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

export function threadQuery(viewer: Actor, where: SQL | undefined, limit: number) {
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

export type ThreadRow = Awaited<ReturnType<typeof threadQuery>>[number];

function arrayOverlap(column: SQL | unknown, values: readonly string[], type: string): SQL {
  return sql`${column} && ${textArray(values)}::${sql.raw(type)}[]`;
}

/**
 * Bounded candidates: items tagged with the reader's pathways or gaps (GIN indexes), the newest
 * items (the recency index), and, for threads, followed ones with activity. Each source has a
 * limit, so the work is the same with a thousand items or a million.
 */
export async function loadCandidates(viewer: Actor, reader: Reader) {
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

export function contentCandidate(r: ContentRow, reader: Reader): FeedCandidate {
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

export function threadCandidate(r: ThreadRow, reader: Reader): FeedCandidate {
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
