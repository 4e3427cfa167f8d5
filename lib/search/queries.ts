// The global search: published content (PostgreSQL full-text search with ts_headline excerpts),
// community threads (lib/community's search) and mentors (lib/mentors' directory, signed in only).
// Each group decides visibility in its own query; a search is at most three queries, in parallel.
import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { contentItems, users } from "@/db/schema";
import { categories, type CategorySlug } from "@/lib/community/vocabulary";
import { searchCommunity } from "@/lib/community/search";
import type { ContentKind } from "@/lib/content/vocabulary";
import { isPublished } from "@/lib/content/queries";
import { decodeCursor, encodeCursor, keysetPage } from "@/lib/cursor";
import type { FieldCode } from "@/lib/domain/case-facts";
import type { PathwayCode } from "@/lib/domain/pathways";
import { searchMentorDirectory } from "@/lib/mentors/directory";
import {
  highlightTerms,
  MARK_START,
  MARK_STOP,
  parseHeadline,
  type HighlightSegment,
} from "./highlight";
import { normalizeQuery, SEARCH_MIN, type SearchType } from "./schemas";
import type { Actor } from "@/lib/auth/actor";

export const SEARCH_PAGE_SIZE = 20;
/** How many hits of each group the "All" view shows. */
export const SEARCH_PREVIEW_SIZE = 5;

export interface ContentSearchHit {
  id: string;
  slug: string;
  kind: ContentKind;
  title: string;
  titleSegments: HighlightSegment[];
  /** Up to two fragments of the summary and body around the matches. */
  excerpt: HighlightSegment[];
  pathways: PathwayCode[];
  official: boolean;
  publishedAt: Date | null;
  /** Opportunities: the last day to apply (YYYY-MM-DD). */
  closesOn: string | null;
  authorName: string | null;
}

export interface ThreadSearchHit {
  threadId: string;
  slug: string;
  postId: string;
  isOpening: boolean;
  category: CategorySlug;
  categoryName: string;
  title: string;
  titleSegments: HighlightSegment[];
  excerpt: HighlightSegment[];
  createdAt: Date;
}

export interface MentorSearchHit {
  userId: string;
  handle: string;
  displayName: string;
  verified: boolean;
  /** Accepting mentees, with a free seat. */
  accepting: boolean;
  field: FieldCode | null;
  topics: string[];
  bio: HighlightSegment[];
}

export interface SearchGroup<T> {
  items: T[];
  /** More hits than shown (the "All" view links to the group's own tab). */
  more: boolean;
  /** The next page of a single group's tab. */
  nextCursor: string | null;
}

export interface MentorSearchGroup extends SearchGroup<MentorSearchHit> {
  /** Mentors are searched for signed-in members only. */
  signInRequired: boolean;
}

export interface SearchResults {
  q: string;
  type: SearchType;
  /** The query is shorter than SEARCH_MIN characters: nothing was searched. */
  tooShort: boolean;
  /** Present for "all" and for the group's own type. */
  content?: SearchGroup<ContentSearchHit>;
  threads?: SearchGroup<ThreadSearchHit>;
  mentors?: MentorSearchGroup;
}

export interface ContentSearchOptions {
  kind?: ContentKind;
  pathway?: PathwayCode;
  limit?: number;
}

// Content ---------------------------------------------------------------------------------------

const markers = MARK_START + MARK_STOP;
const EXCERPT_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, HighlightAll=true`;
// Markdown links and images keep their text; emphasis, headings, quotes and code marks go.
const MD_LINK = String.raw`!?\[([^\]]*)\]\([^)]*\)`;
// List bullets and numbers, and task boxes ("- [ ]"), at the start of a line.
const MD_LIST = String.raw`^[ \t]*([-+*]|\d+[.)])[ \t]+(\[[ xX]\][ \t]+)?`;
const MD_MARKS = "[`*_>#~|]+";

/** The summary and body as plain text, with any marker characters removed so none can be forged. */
const excerptSource: SQL = sql`regexp_replace(regexp_replace(regexp_replace(translate(${contentItems.summary} || ${"\n\n"} || ${contentItems.body}, ${markers}, ''), ${MD_LINK}, ${"\\1"}, 'g'), ${MD_LIST}, '', 'gn'), ${MD_MARKS}, ' ', 'g')`;

function headlineSegments(headline: string): HighlightSegment[] {
  return parseHeadline(headline.replace(/\s+/g, " ").trim());
}

/**
 * Published content matching `q`, best first (title matches weigh most), keyset by (rank, id).
 * Drafts, unpublished, hidden and removed items never appear, whoever asks (their author too):
 * search shows what is public. Closed opportunities stay, so the page can mark them closed.
 */
export async function searchContent(
  _viewer: Actor | null,
  q: string,
  cursor?: string | null,
  options: ContentSearchOptions = {},
): Promise<{ items: ContentSearchHit[]; nextCursor: string | null }> {
  const text = normalizeQuery(q);
  if (text.length < SEARCH_MIN) return { items: [], nextCursor: null };
  const limit = options.limit ?? SEARCH_PAGE_SIZE;
  const query = sql`websearch_to_tsquery('english', ${text})`;
  const rank = sql<string>`round(ts_rank(${contentItems.searchVector}, ${query})::numeric, 6)`;
  const after = decodeCursor(cursor);

  // The page is chosen first; headlines, the costly part, are made for its rows only.
  const hits = db.$with("hits").as(
    db
      .select({ id: contentItems.id, rank: rank.as("rank") })
      .from(contentItems)
      .where(
        and(
          isPublished,
          sql`${contentItems.searchVector} @@ ${query}`,
          options.kind ? eq(contentItems.kind, options.kind) : undefined,
          options.pathway
            ? sql`${contentItems.pathways} @> array[${options.pathway}]::pathway[]`
            : undefined,
          after?.k === "rank"
            ? sql`(${rank}, ${contentItems.id}) < (${after.r}::numeric, ${after.id}::uuid)`
            : undefined,
        ),
      )
      .orderBy(desc(rank), desc(contentItems.id))
      .limit(limit + 1),
  );
  const rows = await db
    .with(hits)
    .select({
      id: contentItems.id,
      slug: contentItems.slug,
      kind: contentItems.kind,
      title: contentItems.title,
      pathways: contentItems.pathways,
      official: contentItems.official,
      publishedAt: contentItems.publishedAt,
      closesOn: contentItems.closesOn,
      authorName: users.displayName,
      rank: sql<string>`"hits"."rank"::text`,
      titleHeadline: sql<string>`ts_headline('english', translate(${contentItems.title}, ${markers}, ''), ${query}, ${TITLE_OPTIONS})`,
      excerptHeadline: sql<string>`ts_headline('english', ${excerptSource}, ${query}, ${EXCERPT_OPTIONS})`,
    })
    .from(hits)
    .innerJoin(contentItems, eq(contentItems.id, hits.id))
    .leftJoin(users, eq(users.id, contentItems.authorId))
    .orderBy(sql`"hits"."rank" desc`, desc(hits.id));

  const { page, nextCursor } = keysetPage(rows, limit, (last) =>
    encodeCursor({ k: "rank", r: last.rank, id: last.id }),
  );
  return {
    items: page.map((r) => ({
      id: r.id,
      slug: r.slug,
      kind: r.kind,
      title: r.title,
      titleSegments: headlineSegments(r.titleHeadline),
      excerpt: headlineSegments(r.excerptHeadline),
      pathways: r.pathways,
      official: r.official,
      publishedAt: r.publishedAt,
      closesOn: r.closesOn,
      authorName: r.authorName,
    })),
    nextCursor,
  };
}

// Threads and mentors ------------------------------------------------------------------------------

async function searchThreads(
  viewer: Actor | null,
  q: string,
  cursor: string | null | undefined,
  limit: number,
): Promise<SearchGroup<ThreadSearchHit>> {
  const page = await searchCommunity(viewer, q, cursor, limit);
  return {
    items: page.items.map((hit) => ({
      threadId: hit.threadId,
      slug: hit.slug,
      postId: hit.postId,
      isOpening: hit.isOpening,
      category: hit.category,
      categoryName: categories[hit.category].name,
      title: hit.title,
      titleSegments: highlightTerms(hit.title, q),
      excerpt: highlightTerms(hit.excerpt, q),
      createdAt: hit.createdAt,
    })),
    more: page.nextCursor !== null,
    nextCursor: page.nextCursor,
  };
}

async function searchMentors(
  viewer: Actor | null,
  q: string,
  cursor: string | null | undefined,
  limit: number,
): Promise<MentorSearchGroup> {
  if (!viewer) return { items: [], more: false, nextCursor: null, signInRequired: true };
  const page = await searchMentorDirectory(viewer, { q }, cursor);
  const items = page.mentors.slice(0, limit);
  const more = page.mentors.length > limit || page.next !== undefined;
  return {
    items: items.map((m) => ({
      userId: m.userId,
      handle: m.handle,
      displayName: m.displayName,
      verified: m.verified,
      accepting: m.accepting && m.activeMentees < m.capacity,
      field: m.field,
      topics: m.topics,
      bio: highlightTerms(m.bioExcerpt, q),
    })),
    more,
    // The directory pages by 20: only a full page can be continued from its cursor.
    nextCursor: limit >= SEARCH_PAGE_SIZE ? (page.next ?? null) : null,
    signInRequired: false,
  };
}

// Everything --------------------------------------------------------------------------------------

/**
 * One search over everything. "all": the first SEARCH_PREVIEW_SIZE hits of each group with a
 * `more` flag; a single type: a keyset page of SEARCH_PAGE_SIZE with nextCursor. `kind` and
 * `pathway` narrow the content group only. Signed out, the mentors group says to sign in.
 */
export async function searchEverything(
  viewer: Actor | null,
  rawQ: string,
  options: {
    type?: SearchType;
    cursor?: string | null;
    kind?: ContentKind;
    pathway?: PathwayCode;
  } = {},
): Promise<SearchResults> {
  const q = normalizeQuery(rawQ);
  const type = options.type ?? "all";
  if (q.length < SEARCH_MIN) return { q, type, tooShort: true };
  const filters = { kind: options.kind, pathway: options.pathway };

  if (type === "all") {
    const [content, threads, mentors] = await Promise.all([
      searchContent(viewer, q, null, { ...filters, limit: SEARCH_PREVIEW_SIZE }),
      searchThreads(viewer, q, null, SEARCH_PREVIEW_SIZE),
      searchMentors(viewer, q, null, SEARCH_PREVIEW_SIZE),
    ]);
    return {
      q,
      type,
      tooShort: false,
      content: { items: content.items, more: content.nextCursor !== null, nextCursor: null },
      threads: { ...threads, nextCursor: null },
      mentors: { ...mentors, nextCursor: null },
    };
  }
  const cursor = options.cursor ?? null;
  if (type === "content") {
    const page = await searchContent(viewer, q, cursor, filters);
    return {
      q,
      type,
      tooShort: false,
      content: { ...page, more: page.nextCursor !== null },
    };
  }
  if (type === "threads") {
    return {
      q,
      type,
      tooShort: false,
      threads: await searchThreads(viewer, q, cursor, SEARCH_PAGE_SIZE),
    };
  }
  return {
    q,
    type,
    tooShort: false,
    mentors: await searchMentors(viewer, q, cursor, SEARCH_PAGE_SIZE),
  };
}
