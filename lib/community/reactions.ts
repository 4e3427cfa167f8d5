// Votes, accepted answers and follows.
// Community writes take the acting member, re-read their account inside the transaction (a
// suspended or banned member changes nothing), check who may do what, and update the thread's
// counters and write notifications in the same transaction as the change.
import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  communityFollows,
  communityPosts,
  communityThreads,
  communityVotes,
  type CommunityPost,
} from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { enforceRateLimits } from "@/lib/rate-limit";
import { threadHref } from "./format";
import type { Actor } from "@/lib/auth/actor";
import { communityRateLimits, lockMember, lockPost, lockThread } from "./guards";
import { authorName, follow } from "./notifying";

/**
 * Adds (up = true) or takes back (up = false) the member's vote on a post; doing it twice changes
 * nothing. Never on one's own post, nor on a deleted one.
 */
export async function vote(
  actor: Actor,
  input: { postId: string; up: boolean },
  now = new Date(),
): Promise<{ postId: string; voteScore: number; voted: boolean }> {
  await enforceRateLimits([[communityRateLimits.votesPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, now);
    const { post } = await lockPost(tx, input.postId, member);
    if (post.authorId === member.id) throw new ForbiddenError("You cannot vote on your own post.");
    if (post.deletedAt) throw new ConflictError("This post was deleted, so it takes no votes.");
    const changed = input.up
      ? await tx
          .insert(communityVotes)
          .values({ postId: post.id, userId: member.id, createdAt: now })
          .onConflictDoNothing()
          .returning({ postId: communityVotes.postId })
      : await tx
          .delete(communityVotes)
          .where(and(eq(communityVotes.postId, post.id), eq(communityVotes.userId, member.id)))
          .returning({ postId: communityVotes.postId });
    let voteScore = post.voteScore;
    if (changed.length > 0) {
      const delta = input.up ? 1 : -1;
      const [row] = await tx
        .update(communityPosts)
        .set({ voteScore: sql`greatest(${communityPosts.voteScore} + ${delta}, 0)` })
        .where(eq(communityPosts.id, post.id))
        .returning({ voteScore: communityPosts.voteScore });
      voteScore = row!.voteScore;
      if (post.isOpening) {
        await tx
          .update(communityThreads)
          .set({ voteScore })
          .where(eq(communityThreads.id, post.threadId));
      }
    }
    return { postId: post.id, voteScore, voted: input.up };
  });
}

/**
 * The asker accepts one reply as the answer to their question, or changes it, or (postId null)
 * takes it back. The reply's author is told.
 */
export async function acceptAnswer(
  actor: Actor,
  input: { threadId: string; postId: string | null },
  now = new Date(),
): Promise<{ threadId: string; acceptedPostId: string | null }> {
  await enforceRateLimits([[communityRateLimits.editsPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, now);
    const thread = await lockThread(tx, input.threadId, member);
    if (thread.authorId !== member.id) {
      throw new ForbiddenError("Only the person who asked can accept an answer.");
    }
    if (thread.kind !== "question")
      throw new ConflictError("Only questions have accepted answers.");
    if (thread.lockedAt) throw new ConflictError("This thread is locked.");
    if (input.postId === thread.acceptedPostId) {
      return { threadId: thread.id, acceptedPostId: thread.acceptedPostId };
    }
    let answer: Pick<CommunityPost, "id" | "authorId"> | undefined;
    if (input.postId !== null) {
      [answer] = await tx
        .select({ id: communityPosts.id, authorId: communityPosts.authorId })
        .from(communityPosts)
        .where(
          and(
            eq(communityPosts.id, input.postId),
            eq(communityPosts.threadId, thread.id),
            eq(communityPosts.isOpening, false),
            isNull(communityPosts.deletedAt),
            isNull(communityPosts.hiddenAt),
          ),
        );
      if (!answer) throw new NotFoundError("That reply is not in this thread.");
    }
    await tx
      .update(communityThreads)
      .set({ acceptedPostId: answer?.id ?? null, updatedAt: now })
      .where(eq(communityThreads.id, thread.id));
    if (answer?.authorId && answer.authorId !== member.id) {
      const name = authorName(member, thread.anonymous);
      await notify(tx, {
        recipientId: answer.authorId,
        type: "answer_accepted",
        actorId: thread.anonymous ? null : member.id,
        data: {
          name,
          threadId: thread.id,
          slug: thread.slug,
          postId: answer.id,
          title: thread.title,
        },
        email: {
          subject: "Your answer was accepted",
          text: `${name} accepted your answer to “${thread.title}”. Thank you for helping.`,
          path: threadHref(thread, answer.id),
        },
      });
    }
    return { threadId: thread.id, acceptedPostId: answer?.id ?? null };
  });
}

/** Follows or stops following a thread (posting in it follows it already). */
export async function setFollow(
  actor: Actor,
  input: { threadId: string; follow: boolean },
  now = new Date(),
): Promise<{ threadId: string; following: boolean }> {
  await enforceRateLimits([[communityRateLimits.followsPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, now);
    const thread = await lockThread(tx, input.threadId, member);
    if (input.follow) await follow(tx, thread.id, member.id, now);
    else {
      await tx
        .delete(communityFollows)
        .where(
          and(eq(communityFollows.threadId, thread.id), eq(communityFollows.userId, member.id)),
        );
    }
    return { threadId: thread.id, following: input.follow };
  });
}
