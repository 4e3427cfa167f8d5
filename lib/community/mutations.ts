// Community writes: threads, replies, edits, deletes, votes, accepted answers and follows. Every
// function takes the acting member, re-reads their account inside the transaction (a suspended or
// banned member changes nothing), checks who may do what, and updates the thread's counters and
// writes notifications in the same transaction as the change.
//
// Posting limits are counted from the posts themselves, inside the transaction, with the member's
// row locked: the gap between posts, the daily caps (rolling 24 hours, stricter in an account's
// first day: lib/rate-limit `assertUnderDailyCap`) and "the same text again" are exact, hold across servers, and cannot be raced by two
// requests at once. Only posts that were made count, so a refused or double-submitted form never
// uses up the allowance. A coarse attempt limit (lib/rate-limit) sits in front of every write.
import "server-only";
import { and, desc, eq, gt, inArray, isNull, ne, sql } from "drizzle-orm";
import { verifiedMentorSql } from "@/lib/mentors/sql";
import { db, type Tx } from "@/db/client";
import {
  communityFollows,
  communityPostRevisions,
  communityPosts,
  communityThreads,
  communityVotes,
  users,
  type CommunityPost,
  type CommunityThread,
  type User,
} from "@/db/schema";
import { lockActiveMember } from "@/lib/auth/accounts";
import { isAccountUsable } from "@/lib/auth/usable";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  formatWait,
  RateLimitedError,
  ValidationError,
  VersionConflictError,
} from "@/lib/errors";
import { notify, notifyMany } from "@/lib/notifications/notify";
import {
  assertUnderDailyCap,
  DAY_MS,
  enforceRateLimits,
  toUsage,
  type DailyCap,
  type DailyCapRefusal,
  type RateLimitRule,
} from "@/lib/rate-limit";
import { parseMentions } from "./mentions";
import type { CreateThreadInput, EditPostInput, ReplyInput } from "./schemas";
import {
  holdPost,
  premoderates,
  PREMODERATION_HOLD,
  releaseIfClean,
  SENSITIVE_HOLD,
  sensitiveHoldMessage,
} from "@/lib/moderation/holds";
import { maskSensitiveNumbers } from "@/lib/sensitive/numbers";
import { bodyFingerprint, slugify } from "./text";
import { ANONYMOUS_LABEL } from "./categories";
import { threadHref } from "./format";
import type { Actor } from "@/lib/auth/actor";

function postingRefusal(cap: DailyCapRefusal): string {
  const first = cap.firstDay ? " in your account's first day" : "";
  return `You have reached the limit of ${cap.limit} ${cap.what} a day${first}. You can post again in ${cap.wait}.`;
}

/** Discourse's defaults: 5 s between posts; 3 threads and 10 replies a day in an account's first day. */
export const postingLimits = {
  gapSeconds: 5,
  duplicateWindowSeconds: 5 * 60,
  threadsPerDay: {
    name: "community-thread:day",
    what: "new threads",
    newAccount: 3,
    regular: 20,
    refusal: postingRefusal,
  },
  repliesPerDay: {
    name: "community-reply:day",
    what: "replies",
    newAccount: 10,
    regular: 100,
    refusal: postingRefusal,
  },
} as const satisfies {
  gapSeconds: number;
  duplicateWindowSeconds: number;
  threadsPerDay: DailyCap;
  repliesPerDay: DailyCap;
};

/** Attempt limits in front of the writes (they count tries, refused ones included). */
export const communityRateLimits = {
  postsPerUser: { name: "community-post:user", limit: 30, windowSeconds: 60 },
  editsPerUser: { name: "community-edit:user", limit: 30, windowSeconds: 10 * 60 },
  votesPerUser: { name: "community-vote:user", limit: 60, windowSeconds: 10 * 60 },
  followsPerUser: { name: "community-follow:user", limit: 60, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

const PREMODERATION_MESSAGE =
  "Your post is held for review: the first posts of new accounts are checked by a moderator before others see them. This usually takes less than a day.";

const EDIT_CONFLICT_MESSAGE =
  "Someone changed this post while you were editing it. Your text was not saved: compare it with the current version below and try again.";

export interface PostResult {
  threadId: string;
  slug: string;
  postId: string;
  /** false when the same form had already been sent (the first post is returned). */
  created: boolean;
  /** Why the post is held for review (hidden until a moderator or an edit releases it). */
  held?: string | null;
}

// Checks -----------------------------------------------------------------------------------------

/** The member's row, locked for this transaction; refuses a deleted, suspended or banned account. */
function lockMember(tx: Tx, actor: Actor, now: Date): Promise<User> {
  return lockActiveMember(tx, actor.id, now);
}

async function lockThread(tx: Tx, threadId: string, actor: User): Promise<CommunityThread> {
  const [thread] = await tx
    .select()
    .from(communityThreads)
    .where(eq(communityThreads.id, threadId))
    .for("update");
  const staff = hasRoleAtLeast(actor, "moderator");
  if (!thread || thread.deletedAt || (thread.hiddenAt && !staff && thread.authorId !== actor.id)) {
    throw new NotFoundError("That thread does not exist.");
  }
  return thread;
}

async function lockPost(
  tx: Tx,
  postId: string,
  actor: User,
): Promise<{ post: CommunityPost; thread: CommunityThread }> {
  const [post] = await tx
    .select()
    .from(communityPosts)
    .where(eq(communityPosts.id, postId))
    .for("update");
  if (!post) throw new NotFoundError("That post does not exist.");
  const thread = await lockThread(tx, post.threadId, actor);
  if (post.hiddenAt && !hasRoleAtLeast(actor, "moderator") && post.authorId !== actor.id) {
    throw new NotFoundError("That post does not exist.");
  }
  return { post, thread };
}

function refuse(seconds: number, message: (wait: string) => string): never {
  const wait = Math.max(1, Math.ceil(seconds));
  throw new RateLimitedError(wait, message(formatWait(wait)));
}

/** The gap between posts, the same text again, and the daily cap of threads or replies. */
async function checkPostingLimits(
  tx: Tx,
  member: User,
  kind: "thread" | "reply",
  bodyHash: string,
  now: Date,
): Promise<void> {
  const [last] = await tx
    .select({ createdAt: communityPosts.createdAt })
    .from(communityPosts)
    .where(eq(communityPosts.authorId, member.id))
    .orderBy(desc(communityPosts.createdAt))
    .limit(1);
  const sinceLast = last ? (now.getTime() - last.createdAt.getTime()) / 1000 : Infinity;
  if (sinceLast < postingLimits.gapSeconds) {
    refuse(
      postingLimits.gapSeconds - sinceLast,
      (wait) => `You are posting too fast. You can post again in ${wait}.`,
    );
  }

  const [same] = await tx
    .select({ createdAt: communityPosts.createdAt })
    .from(communityPosts)
    .where(
      and(
        eq(communityPosts.authorId, member.id),
        eq(communityPosts.bodyHash, bodyHash),
        gt(
          communityPosts.createdAt,
          new Date(now.getTime() - postingLimits.duplicateWindowSeconds * 1000),
        ),
      ),
    )
    .orderBy(desc(communityPosts.createdAt))
    .limit(1);
  if (same) {
    refuse(
      postingLimits.duplicateWindowSeconds - (now.getTime() - same.createdAt.getTime()) / 1000,
      (wait) => `You posted this same text a moment ago. Change it, or post it again in ${wait}.`,
    );
  }

  const dayAgo = new Date(now.getTime() - DAY_MS);
  const [used] =
    kind === "thread"
      ? await tx
          .select({
            count: sql<number>`count(*)::int`,
            oldest: sql<Date | null>`min(${communityThreads.createdAt})`.mapWith(
              communityThreads.createdAt,
            ),
          })
          .from(communityThreads)
          .where(
            and(eq(communityThreads.authorId, member.id), gt(communityThreads.createdAt, dayAgo)),
          )
      : await tx
          .select({
            count: sql<number>`count(*)::int`,
            oldest: sql<Date | null>`min(${communityPosts.createdAt})`.mapWith(
              communityPosts.createdAt,
            ),
          })
          .from(communityPosts)
          .where(
            and(
              eq(communityPosts.authorId, member.id),
              eq(communityPosts.isOpening, false),
              gt(communityPosts.createdAt, dayAgo),
            ),
          );
  const cap = kind === "thread" ? postingLimits.threadsPerDay : postingLimits.repliesPerDay;
  assertUnderDailyCap(cap, member.createdAt, toUsage(used), now);
}

// In the WHERE clause: a single-table select list would print the subquery's columns unqualified.
async function isVerifiedMentor(tx: Tx, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), verifiedMentorSql(users.id)));
  return Boolean(row);
}

async function follow(tx: Tx, threadId: string, userId: string, now: Date): Promise<void> {
  await tx
    .insert(communityFollows)
    .values({ threadId, userId, createdAt: now })
    .onConflictDoNothing();
}

/**
 * Tells each existing member mentioned in the post (not the author, at most MAX_MENTIONS_PER_POST,
 * only accounts in good standing). Returns who was told, so they get no second notice for it.
 * After an edit, `previousBody` holds the text before it: only handles it did not mention are told.
 */
async function notifyMentions(
  tx: Tx,
  thread: Pick<CommunityThread, "id" | "slug" | "title">,
  postId: string,
  body: string,
  author: { id: string; name: string; anonymous: boolean },
  now: Date,
  previousBody?: string,
): Promise<Set<string>> {
  const before = new Set(previousBody === undefined ? [] : parseMentions(previousBody));
  const handles = parseMentions(body).filter((h) => !before.has(h));
  const told = new Set<string>();
  if (handles.length === 0) return told;
  const people = await tx
    .select({ id: users.id, status: users.status, suspendedUntil: users.suspendedUntil })
    .from(users)
    .where(inArray(sql`lower(${users.handle})`, handles));
  const recipients = people.filter((p) => p.id !== author.id && isAccountUsable(p, now));
  for (const person of recipients) told.add(person.id);
  await notifyMany(
    tx,
    recipients.map((person) => ({
      recipientId: person.id,
      type: "mention" as const,
      actorId: author.anonymous ? null : author.id,
      data: {
        name: author.name,
        threadId: thread.id,
        slug: thread.slug,
        postId,
        title: thread.title,
      },
      email: {
        subject: `${author.name} mentioned you on Landed`,
        text: `${author.name} mentioned you in “${thread.title}”.`,
        path: threadHref(thread, postId),
      },
    })),
  );
  return told;
}

function authorName(user: User, anonymous: boolean): string {
  return anonymous ? `An ${ANONYMOUS_LABEL}` : user.displayName;
}

// Threads and replies -----------------------------------------------------------------------------

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

// Votes, accepted answers, follows ------------------------------------------------------------------

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
