// Editing and deleting a post. Edits are optimistic (a version per post, docs/decisions/007); the
// text replaced goes to the revisions in the same transaction.
// Community writes take the acting member, re-read their account inside the transaction (a
// suspended or banned member changes nothing), check who may do what, and update the thread's
// counters and write notifications in the same transaction as the change.
import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { communityPostRevisions, communityPosts, communityThreads } from "@/db/schema";
import { ConflictError, ForbiddenError, ValidationError, VersionConflictError } from "@/lib/errors";
import { enforceRateLimits } from "@/lib/rate-limit";
import type { EditPostInput } from "./schemas";
import {
  holdPost,
  releaseIfClean,
  SENSITIVE_HOLD,
  sensitiveHoldMessage,
} from "@/lib/moderation/holds";
import { maskSensitiveNumbers } from "@/lib/sensitive/numbers";
import { bodyFingerprint, slugify } from "./text";
import type { Actor } from "@/lib/auth/actor";
import { communityRateLimits, lockMember, lockPost } from "./guards";
import { authorName, notifyMentions } from "./notifying";

const EDIT_CONFLICT_MESSAGE =
  "Someone changed this post while you were editing it. Your text was not saved: compare it with the current version below and try again.";

/**
 * Edits the member's own post (and the thread's title, for an opening post). The text it replaces
 * is kept as a revision. An edit started from an older version is refused with VersionConflictError,
 * which carries the current text.
 */
export async function editPost(
  actor: Actor,
  input: EditPostInput,
  now = new Date(),
): Promise<{
  postId: string;
  version: number;
  body: string;
  title: string | null;
  held?: string | null;
}> {
  const sensitive = sensitiveHoldMessage(input.title, input.body);
  await enforceRateLimits([[communityRateLimits.editsPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, now);
    const { post, thread } = await lockPost(tx, input.postId, member);
    if (post.authorId !== member.id) throw new ForbiddenError("You can only edit your own posts.");
    if (post.deletedAt) throw new ConflictError("This post was deleted, so it cannot be edited.");
    if (thread.lockedAt)
      throw new ConflictError("This thread is locked: its posts cannot be edited.");
    if (input.title !== undefined && !post.isOpening) {
      throw new ValidationError("Only the opening post of a thread has a title.", {
        title: ["Only the opening post of a thread has a title."],
      });
    }
    const currentTitle = post.isOpening ? thread.title : null;
    if (input.version !== post.version) {
      throw new VersionConflictError(EDIT_CONFLICT_MESSAGE, {
        body: post.body,
        title: currentTitle,
        version: post.version,
      });
    }
    const newTitle = post.isOpening ? (input.title ?? thread.title) : null;
    if (input.body === post.body && newTitle === currentTitle) {
      return { postId: post.id, version: post.version, body: post.body, title: currentTitle };
    }
    // Text replaced while the post or its thread was hidden (held, removed) was never cleared for
    // others: it stays with its author and staff. Numbers are masked, so a receipt number is not
    // kept once the text has moved on.
    await tx.insert(communityPostRevisions).values({
      postId: post.id,
      version: post.version,
      title: currentTitle === null ? null : maskSensitiveNumbers(currentTitle),
      body: maskSensitiveNumbers(post.body),
      editorId: member.id,
      withheld: post.hiddenAt !== null || thread.hiddenAt !== null,
      createdAt: now,
    });
    const [updated] = await tx
      .update(communityPosts)
      .set({
        body: input.body,
        bodyHash: bodyFingerprint(input.body),
        version: post.version + 1,
        editedAt: now,
        updatedAt: now,
      })
      .where(and(eq(communityPosts.id, post.id), eq(communityPosts.version, input.version)))
      .returning({ version: communityPosts.version, body: communityPosts.body });
    if (!updated) {
      throw new VersionConflictError(EDIT_CONFLICT_MESSAGE, {
        body: post.body,
        title: currentTitle,
        version: post.version,
      });
    }
    const titled = { ...thread, title: newTitle ?? thread.title };
    if (post.isOpening && newTitle !== null && newTitle !== thread.title) {
      titled.slug = slugify(newTitle);
      await tx
        .update(communityThreads)
        .set({ title: newTitle, slug: titled.slug, updatedAt: now })
        .where(eq(communityThreads.id, thread.id));
    }
    // A number added by the edit holds the post; editing a held number away releases it.
    const holdable = {
      id: post.id,
      threadId: thread.id,
      isOpening: post.isOpening,
      authorId: member.id,
    };
    let hidden = post.hiddenAt !== null;
    if (sensitive && !hidden) {
      await holdPost(tx, holdable, SENSITIVE_HOLD, now);
      hidden = true;
    } else if (hidden) {
      hidden = !(await releaseIfClean(tx, holdable, sensitive !== null, now));
    }
    // Someone mentioned for the first time by this edit is told, as if it were a new post.
    if (!hidden) {
      await notifyMentions(
        tx,
        titled,
        post.id,
        input.body,
        { id: member.id, name: authorName(member, post.anonymous), anonymous: post.anonymous },
        now,
        post.body,
      );
    }
    return {
      postId: post.id,
      version: updated.version,
      body: updated.body,
      title: newTitle,
      held: sensitive,
    };
  });
}

/**
 * Deletes the member's own post softly: it reads "deleted by author". Deleting a reply takes it
 * off the counters (and off the accepted answer); deleting an opening post with no replies deletes
 * the thread, while one with replies stays so the answers are not lost.
 */
export async function deletePost(
  actor: Actor,
  postId: string,
  now = new Date(),
): Promise<{ postId: string; threadDeleted: boolean }> {
  await enforceRateLimits([[communityRateLimits.editsPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, now);
    const { post, thread } = await lockPost(tx, postId, member);
    if (post.authorId !== member.id)
      throw new ForbiddenError("You can only delete your own posts.");
    if (post.deletedAt) return { postId: post.id, threadDeleted: false };
    await tx
      .update(communityPosts)
      .set({ deletedAt: now, updatedAt: now })
      .where(eq(communityPosts.id, post.id));
    if (post.isOpening) {
      const threadDeleted = thread.replyCount === 0;
      if (threadDeleted) {
        await tx
          .update(communityThreads)
          .set({ deletedAt: now, updatedAt: now })
          .where(eq(communityThreads.id, thread.id));
      }
      return { postId: post.id, threadDeleted };
    }
    await tx
      .update(communityThreads)
      .set({
        replyCount: sql`greatest(${communityThreads.replyCount} - 1, 0)`,
        acceptedPostId: thread.acceptedPostId === post.id ? null : thread.acceptedPostId,
        hasMentorAnswer: sql`exists (select 1 from ${communityPosts} where ${communityPosts.threadId} = ${thread.id} and not ${communityPosts.isOpening} and ${communityPosts.deletedAt} is null and ${communityPosts.authorVerifiedMentor} and not ${communityPosts.anonymous})`,
        updatedAt: now,
      })
      .where(eq(communityThreads.id, thread.id));
    return { postId: post.id, threadDeleted: false };
  });
}
