// Full-text search over threads and posts, ranked, keyset-paginated.
// Every read takes the viewer (null when signed out) and decides here what they may see
// (lib/community/views.ts). Each read is a small, fixed number of queries (no per-row queries).
import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { communityPosts, communityThreads } from "@/db/schema";
import { type CategorySlug } from "./vocabulary";
import { decodeCommunityCursor, encodeCommunityCursor } from "./cursor";
import { SEARCH_MAX } from "./limits";
import type { Actor } from "@/lib/auth/actor";
import { plainExcerpt, readableCategories } from "./views";
import { keysetPage } from "@/lib/cursor";

export const SEARCH_PAGE_SIZE = 20;

export interface SearchHit {
  threadId: string;
  slug: string;
  title: string;
  category: CategorySlug;
  postId: string;
  /** The hit is the thread itself (its title or opening post), not a reply. */
  isOpening: boolean;
  excerpt: string;
  createdAt: Date;
}

/**
 * Full-text search over thread titles (and tags) and every live post, best match first, keyset by
 * (rank, post id). A thread's title counts towards its opening post. Used by the global search.
 */
export async function searchCommunity(
  viewer: Actor | null,
  q: string,
  cursor?: string | null,
  limit = SEARCH_PAGE_SIZE,
): Promise<{ items: SearchHit[]; nextCursor: string | null }> {
  const text = q.trim().slice(0, SEARCH_MAX);
  if (text.length < 2) return { items: [], nextCursor: null };
  const after = decodeCommunityCursor(cursor, "search");
  const query = sql`websearch_to_tsquery('english', ${text})`;
  // Matches from each side's GIN index, ranked where they are read: a post's own text, plus the
  // thread's title and tags for an opening post. Only visible posts are read (community_posts.
  // visible, kept by database triggers: the post and its thread neither deleted nor hidden), from a
  // partial index, so no matching post's thread is joined to decide it. Only the page's rows are
  // then joined for display.
  const hits = sql`(select p.id, p.thread_id, ts_rank(p.search_vector, ${query}) as r
      from ${communityPosts} p where p.search_vector @@ ${query} and p.visible
    union all
    select p.id, p.thread_id, ts_rank(t.search_vector, ${query}) as r
      from ${communityThreads} t join ${communityPosts} p on p.thread_id = t.id and p.is_opening
      where t.search_vector @@ ${query} and p.visible) as h`;
  // A real (ts_rank's type), not a rounded numeric: converting 5,000 sums cost a sixth of the
  // query. A post has at most two hits (its text, and its thread's title if it opens the thread),
  // and a sum of two reals does not depend on their order, so a page boundary is exact; the
  // cursor carries the real as PostgreSQL prints it (shortest exact form).
  const rank = sql<string>`sum(h.r)`;
  // Signed out, members-only categories are left out: only then is the thread read for its category.
  const categories = readableCategories(viewer);
  const base = db
    .select({
      postId: sql<string>`h.id`.as("hit_post_id"),
      rank: sql<string>`${rank}::text`.as("hit_rank"),
    })
    .from(hits);
  const top = (
    categories
      ? base
          .innerJoin(communityThreads, sql`${communityThreads.id} = h.thread_id`)
          .where(categories)
      : base
  )
    .groupBy(sql`h.id`)
    .having(after ? sql`(${rank}, h.id) < (${after.v}::real, ${after.id}::uuid)` : undefined)
    .orderBy(desc(rank), sql`h.id desc`)
    .limit(limit + 1)
    .as("top");
  const rows = await db
    .select({
      threadId: communityThreads.id,
      slug: communityThreads.slug,
      title: communityThreads.title,
      category: communityThreads.category,
      postId: communityPosts.id,
      isOpening: communityPosts.isOpening,
      excerpt: sql<string>`left(${communityPosts.body}, 400)`,
      createdAt: communityPosts.createdAt,
      rank: top.rank,
    })
    .from(top)
    .innerJoin(communityPosts, eq(communityPosts.id, top.postId))
    .innerJoin(communityThreads, eq(communityThreads.id, communityPosts.threadId))
    .orderBy(sql`${top.rank}::real desc`, desc(communityPosts.id));
  const { page, nextCursor } = keysetPage(rows, limit, (last) =>
    encodeCommunityCursor({ s: "search", v: last.rank, id: last.postId }),
  );
  return {
    items: page.map(({ rank: _rank, excerpt, ...hit }) => ({
      ...hit,
      excerpt: plainExcerpt(excerpt, 240),
    })),
    nextCursor,
  };
}
