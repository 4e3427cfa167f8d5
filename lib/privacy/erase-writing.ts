// Erasure, the member's writing: removed where they chose so, otherwise kept without their name,
// handle or email; and @mentions of them in anyone's text (lib/privacy/erasure.ts runs these in
// its transaction). No "server-only": the background sweep runs outside the react-server layer.
import { and, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable, PgUpdateSetSource } from "drizzle-orm/pg-core";
import { type Tx } from "@/db/client";
import {
  communityPostRevisions,
  communityPosts,
  communityThreads,
  contentItems,
  contentRevisions,
  reports,
  type User,
} from "@/db/schema";
import { slugify } from "@/lib/community/text";
import { withoutIdentity, withoutMentions, type Identity } from "./identity";

/** What a removed post reads as, where a question must stay for the answers under it. */
export const REMOVED_POST = "This post was removed by its author when they left Landed.";
const REMOVED_TITLE = "A question from a former member";

/** The member chose to remove what they wrote: replies and empty threads go; a question others answered stays, emptied. */
export async function removeWriting(tx: Tx, user: User, now: Date): Promise<void> {
  const posts = await tx
    .select({
      id: communityPosts.id,
      threadId: communityPosts.threadId,
      isOpening: communityPosts.isOpening,
    })
    .from(communityPosts)
    .where(eq(communityPosts.authorId, user.id));
  const touched = new Set<string>();
  for (const post of posts) {
    touched.add(post.threadId);
    await tx.delete(communityPostRevisions).where(eq(communityPostRevisions.postId, post.id));
    await tx
      .update(communityPosts)
      .set({ body: REMOVED_POST, bodyHash: "removed", deletedAt: now, updatedAt: now })
      .where(eq(communityPosts.id, post.id));
  }
  const threads = await tx
    .select({ id: communityThreads.id, replyCount: communityThreads.replyCount })
    .from(communityThreads)
    .where(eq(communityThreads.authorId, user.id));
  for (const thread of threads) {
    const others = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(communityPosts)
      .where(
        and(
          eq(communityPosts.threadId, thread.id),
          eq(communityPosts.isOpening, false),
          sql`${communityPosts.authorId} is distinct from ${user.id}`,
        ),
      );
    if (Number(others[0]?.n ?? 0) === 0) {
      await tx.delete(communityThreads).where(eq(communityThreads.id, thread.id));
      touched.delete(thread.id);
    } else {
      await tx
        .update(communityThreads)
        .set({ title: REMOVED_TITLE, slug: slugify(REMOVED_TITLE), updatedAt: now })
        .where(eq(communityThreads.id, thread.id));
    }
  }
  // Replies removed from threads that stay: the counters follow, as for an author's own delete.
  for (const threadId of touched) {
    await tx
      .update(communityThreads)
      .set({
        replyCount: sql`(select count(*)::int from ${communityPosts} where ${communityPosts.threadId} = ${threadId} and not ${communityPosts.isOpening} and ${communityPosts.deletedAt} is null)`,
        hasMentorAnswer: sql`exists (select 1 from ${communityPosts} where ${communityPosts.threadId} = ${threadId} and not ${communityPosts.isOpening} and ${communityPosts.deletedAt} is null and ${communityPosts.authorVerifiedMentor} and not ${communityPosts.anonymous})`,
        acceptedPostId: sql`(select ${communityPosts.id} from ${communityPosts} where ${communityPosts.id} = ${communityThreads.acceptedPostId} and ${communityPosts.deletedAt} is null)`,
      })
      .where(eq(communityThreads.id, threadId));
  }
  await tx.delete(contentItems).where(eq(contentItems.authorId, user.id));
}

/** Any of the member's three strings, in any case, somewhere in `column`. */
export function mentions(column: SQL | Parameters<typeof ilike>[0], who: Identity): SQL {
  return or(
    ...[who.email, who.displayName, who.handle]
      .filter((s) => s.trim().length >= 2)
      .map((s) => ilike(column, `%${escapeLike(s.trim())}%`)),
  )!;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Rewrites one text column (`field`) of each row of `table` that `where` selects, with `change`
 * (made here, not in SQL), one row at a time by id; a null stays null.
 */
async function rewriteEach<K extends string>(
  tx: Tx,
  table: PgTable & Record<"id" | K, AnyPgColumn>,
  field: K,
  where: SQL | undefined,
  change: (text: string) => string,
): Promise<void> {
  const rows = await tx
    .select({ id: table.id, text: table[field] })
    .from(table as PgTable)
    .where(where);
  for (const row of rows) {
    const text = row.text as string | null;
    await tx
      .update(table)
      .set({ [field]: text === null ? null : change(text) } as PgUpdateSetSource<typeof table>)
      .where(eq(table.id, row.id));
  }
}

/** Posts kept as "a former member": the member's own words keep no name, handle or email. */
export async function deidentifyWriting(tx: Tx, user: User, who: Identity): Promise<void> {
  await rewriteEach(
    tx,
    communityPosts,
    "body",
    and(eq(communityPosts.authorId, user.id), mentions(communityPosts.body, who)),
    (body) => withoutIdentity(body, who),
  );
  const revisions = await tx
    .select({
      id: communityPostRevisions.id,
      body: communityPostRevisions.body,
      title: communityPostRevisions.title,
    })
    .from(communityPostRevisions)
    .innerJoin(communityPosts, eq(communityPosts.id, communityPostRevisions.postId))
    .where(
      and(
        eq(communityPosts.authorId, user.id),
        or(
          mentions(communityPostRevisions.body, who),
          mentions(sql`coalesce(${communityPostRevisions.title}, '')`, who),
        ),
      ),
    );
  for (const r of revisions) {
    await tx
      .update(communityPostRevisions)
      .set({
        body: withoutIdentity(r.body, who),
        title: r.title === null ? null : withoutIdentity(r.title, who),
      })
      .where(eq(communityPostRevisions.id, r.id));
  }
  const threads = await tx
    .select({ id: communityThreads.id, title: communityThreads.title })
    .from(communityThreads)
    .where(and(eq(communityThreads.authorId, user.id), mentions(communityThreads.title, who)));
  for (const t of threads) {
    const title = withoutIdentity(t.title, who).slice(0, 150);
    await tx
      .update(communityThreads)
      .set({ title, slug: slugify(title) })
      .where(eq(communityThreads.id, t.id));
  }
  const items = await tx
    .select()
    .from(contentItems)
    .where(
      and(
        eq(contentItems.authorId, user.id),
        or(
          mentions(contentItems.title, who),
          mentions(contentItems.summary, who),
          mentions(contentItems.body, who),
        ),
      ),
    );
  for (const item of items) {
    const title = withoutIdentity(item.title, who).slice(0, 150);
    await tx
      .update(contentItems)
      .set({
        title,
        slug: slugify(title, "item"),
        summary: withoutIdentity(item.summary, who).slice(0, 300),
        body: withoutIdentity(item.body, who),
      })
      .where(eq(contentItems.id, item.id));
  }
  const contentRevs = await tx
    .select()
    .from(contentRevisions)
    .innerJoin(contentItems, eq(contentItems.id, contentRevisions.contentId))
    .where(eq(contentItems.authorId, user.id));
  for (const { content_revisions: r } of contentRevs) {
    await tx
      .update(contentRevisions)
      .set({
        title: withoutIdentity(r.title, who),
        summary: withoutIdentity(r.summary, who),
        body: withoutIdentity(r.body, who),
      })
      .where(
        and(eq(contentRevisions.contentId, r.contentId), eq(contentRevisions.version, r.version)),
      );
  }
}

/** @mentions of the member in anyone's posts, revisions, guides and report details. */
export async function scrubMentions(tx: Tx, who: Identity): Promise<void> {
  const handle = `%@${escapeLike(who.handle)}%`;
  const scrub = (text: string) => withoutMentions(text, who.handle);
  const posts = communityPosts;
  const revisions = communityPostRevisions;
  await rewriteEach(tx, posts, "body", ilike(posts.body, handle), scrub);
  await rewriteEach(tx, revisions, "body", ilike(revisions.body, handle), scrub);
  await rewriteEach(tx, contentItems, "body", ilike(contentItems.body, handle), scrub);
  const details = sql`coalesce(${reports.details}, '')`;
  await rewriteEach(tx, reports, "details", ilike(details, handle), scrub);
}
