// Starting a thread and replying: posting limits, held posts (sensitive numbers, pre-moderation),
// the verified-mentor mark, follows and notifications, in one transaction.
// Community writes take the acting member, re-read their account inside the transaction (a
// suspended or banned member changes nothing), check who may do what, and update the thread's
// counters and write notifications in the same transaction as the change.
import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { verifiedMentorSql } from "@/lib/mentors/sql";
import { db, type Tx } from "@/db/client";
import { communityFollows, communityPosts, communityThreads, users } from "@/db/schema";
import { isAccountUsable } from "@/lib/auth/usable";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { ConflictError } from "@/lib/errors";
import { notifyMany } from "@/lib/notifications/notify";
import { enforceRateLimits } from "@/lib/rate-limit";
import type { CreateThreadInput, ReplyInput } from "./schemas";
import {
  holdPost,
  premoderates,
  PREMODERATION_HOLD,
  SENSITIVE_HOLD,
  sensitiveHoldMessage,
} from "@/lib/moderation/holds";
import { bodyFingerprint, slugify } from "./text";
import { threadHref } from "./format";
import type { Actor } from "@/lib/auth/actor";
import { communityRateLimits, lockMember, lockThread } from "./guards";
import { authorName, follow, notifyMentions } from "./notifying";
import { checkPostingLimits } from "./posting-limits";

const PREMODERATION_MESSAGE =
  "Your post is held for review: the first posts of new accounts are checked by a moderator before others see them. This usually takes less than a day.";

export interface PostResult {
  threadId: string;
  slug: string;
  postId: string;
  /** false when the same form had already been sent (the first post is returned). */
  created: boolean;
  /** Why the post is held for review (hidden until a moderator or an edit releases it). */
  held?: string | null;
}

// In the WHERE clause: a single-table select list would print the subquery's columns unqualified.
async function isVerifiedMentor(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), verifiedMentorSql(users.id)));
  return Boolean(row);
}

/** Starts a thread: the thread and its opening post; the author follows it. */
export async function createThread(
  actor: Actor,
  input: CreateThreadInput,
  now = new Date(),
): Promise<PostResult> {
  const sensitive = sensitiveHoldMessage(input.title, input.body);
  await enforceRateLimits([[communityRateLimits.postsPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, now);
    const earlier = await findEarlierThread(tx, member.id, input.idempotencyKey);
    if (earlier) return earlier; // the same form sent twice

    const bodyHash = bodyFingerprint(input.body);
    await checkPostingLimits(tx, member, "thread", bodyHash, now);
    // Decided before the post exists, so "first post" means the first one.
    const held =
      sensitive ?? ((await premoderates(tx, member, now)) ? PREMODERATION_MESSAGE : null);
    const verified = await isVerifiedMentor(tx, member.id);
    const [thread] = await tx
      .insert(communityThreads)
      .values({
        authorId: member.id,
        category: input.category,
        kind: input.kind,
        title: input.title,
        slug: slugify(input.title),
        pathways: input.pathways,
        criteria: input.criteria,
        anonymous: input.anonymous,
        idempotencyKey: input.idempotencyKey,
        lastActivityAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!thread) {
      // Only reachable if the member's row lock were bypassed; the unique index still decides.
      const again = await findEarlierThread(tx, member.id, input.idempotencyKey);
      if (again) return again;
      throw new ConflictError("This thread was already posted.");
    }
    const [post] = await tx
      .insert(communityPosts)
      .values({
        threadId: thread.id,
        authorId: member.id,
        isOpening: true,
        anonymous: input.anonymous,
        body: input.body,
        bodyHash,
        authorVerifiedMentor: verified,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: communityPosts.id });
    await follow(tx, thread.id, member.id, now);
    if (held) {
      const opening = { id: post!.id, threadId: thread.id, isOpening: true, authorId: member.id };
      await holdPost(tx, opening, sensitive ? SENSITIVE_HOLD : PREMODERATION_HOLD, now);
      // Nobody is told about a post nobody else can see yet.
      return { threadId: thread.id, slug: thread.slug, postId: post!.id, created: true, held };
    }
    await notifyMentions(
      tx,
      thread,
      post!.id,
      input.body,
      { id: member.id, name: authorName(member, input.anonymous), anonymous: input.anonymous },
      now,
    );
    return { threadId: thread.id, slug: thread.slug, postId: post!.id, created: true, held: null };
  });
}

async function findEarlierThread(
  tx: Tx,
  authorId: string,
  idempotencyKey: string,
): Promise<PostResult | undefined> {
  const [row] = await tx
    .select({
      threadId: communityThreads.id,
      slug: communityThreads.slug,
      postId: communityPosts.id,
    })
    .from(communityThreads)
    .innerJoin(
      communityPosts,
      and(eq(communityPosts.threadId, communityThreads.id), eq(communityPosts.isOpening, true)),
    )
    .where(
      and(
        eq(communityThreads.authorId, authorId),
        eq(communityThreads.idempotencyKey, idempotencyKey),
      ),
    );
  return row ? { ...row, created: false } : undefined;
}

/**
 * Replies in a thread. The reply is anonymous when the thread's anonymous author writes it (so
 * their replies do not give them away). Followers hear of it, except the replier and anyone the
 * reply mentions (they get the mention instead).
 */
export async function reply(
  actor: Actor,
  input: ReplyInput,
  now = new Date(),
): Promise<PostResult> {
  const sensitive = sensitiveHoldMessage(input.body);
  await enforceRateLimits([[communityRateLimits.postsPerUser, actor.id]], now);
  return db.transaction(async (tx) => {
    const member = await lockMember(tx, actor, now);
    const [earlier] = await tx
      .select({
        threadId: communityPosts.threadId,
        slug: communityThreads.slug,
        postId: communityPosts.id,
      })
      .from(communityPosts)
      .innerJoin(communityThreads, eq(communityThreads.id, communityPosts.threadId))
      .where(
        and(
          eq(communityPosts.authorId, member.id),
          eq(communityPosts.idempotencyKey, input.idempotencyKey),
        ),
      );
    if (earlier) return { ...earlier, created: false };

    const thread = await lockThread(tx, input.threadId, member);
    if (thread.hiddenAt && !hasRoleAtLeast(member, "moderator")) {
      throw new ConflictError("This thread is hidden by a moderator: it takes no new replies.");
    }
    if (thread.lockedAt) throw new ConflictError("This thread is locked: it takes no new replies.");
    const bodyHash = bodyFingerprint(input.body);
    await checkPostingLimits(tx, member, "reply", bodyHash, now);
    const held =
      sensitive ?? ((await premoderates(tx, member, now)) ? PREMODERATION_MESSAGE : null);
    const verified = await isVerifiedMentor(tx, member.id);
    const anonymous = thread.anonymous && thread.authorId === member.id;
    const [post] = await tx
      .insert(communityPosts)
      .values({
        threadId: thread.id,
        authorId: member.id,
        anonymous,
        body: input.body,
        bodyHash,
        authorVerifiedMentor: verified,
        idempotencyKey: input.idempotencyKey,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: communityPosts.id });
    await tx
      .update(communityThreads)
      .set({
        replyCount: sql`${communityThreads.replyCount} + 1`,
        lastActivityAt: now,
        ...(verified && !anonymous ? { hasMentorAnswer: true } : {}),
      })
      .where(eq(communityThreads.id, thread.id));
    await follow(tx, thread.id, member.id, now);
    if (held) {
      const hold = { id: post!.id, threadId: thread.id, isOpening: false, authorId: member.id };
      await holdPost(tx, hold, sensitive ? SENSITIVE_HOLD : PREMODERATION_HOLD, now);
      return { threadId: thread.id, slug: thread.slug, postId: post!.id, created: true, held };
    }

    const name = authorName(member, anonymous);
    const mentioned = await notifyMentions(
      tx,
      thread,
      post!.id,
      input.body,
      { id: member.id, name, anonymous },
      now,
    );
    const followers = await tx
      .select({ id: users.id, status: users.status, suspendedUntil: users.suspendedUntil })
      .from(communityFollows)
      .innerJoin(users, eq(users.id, communityFollows.userId))
      .where(and(eq(communityFollows.threadId, thread.id), ne(communityFollows.userId, member.id)));
    await notifyMany(
      tx,
      followers
        .filter((follower) => !mentioned.has(follower.id) && isAccountUsable(follower, now))
        .map((follower) => ({
          recipientId: follower.id,
          type: "thread_reply" as const,
          actorId: anonymous ? null : member.id,
          data: {
            name,
            threadId: thread.id,
            slug: thread.slug,
            postId: post!.id,
            title: thread.title,
          },
          email: {
            subject: `New reply in “${thread.title}”`,
            text: `${name} replied in “${thread.title}”, a thread you follow on Landed.`,
            path: threadHref(thread, post!.id),
          },
        })),
    );
    return { threadId: thread.id, slug: thread.slug, postId: post!.id, created: true, held: null };
  });
}
