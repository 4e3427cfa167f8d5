// What every community write starts with: the attempt limits in front of it, and the member,
// thread and post locked for the transaction, refused when they may not be changed.
// Every community write takes the acting member, re-reads their account inside the transaction (a
// suspended or banned member changes nothing), checks who may do what, and updates the thread's
// counters and writes notifications in the same transaction as the change.
import "server-only";
import { eq } from "drizzle-orm";
import { type Tx } from "@/db/client";
import {
  communityPosts,
  communityThreads,
  type CommunityPost,
  type CommunityThread,
  type User,
} from "@/db/schema";
import { lockActiveMember } from "@/lib/auth/accounts";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors";
import { type RateLimitRule } from "@/lib/rate-limit";
import type { Actor } from "@/lib/auth/actor";

/** Attempt limits in front of the writes (they count tries, refused ones included). */
export const communityRateLimits = {
  postsPerUser: { name: "community-post:user", limit: 30, windowSeconds: 60 },
  editsPerUser: { name: "community-edit:user", limit: 30, windowSeconds: 10 * 60 },
  votesPerUser: { name: "community-vote:user", limit: 60, windowSeconds: 10 * 60 },
  followsPerUser: { name: "community-follow:user", limit: 60, windowSeconds: 10 * 60 },
} satisfies Record<string, RateLimitRule>;

/** The member's row, locked for this transaction; refuses a deleted, suspended or banned account. */
export function lockMember(tx: Tx, actor: Actor, now: Date): Promise<User> {
  return lockActiveMember(tx, actor.id, now);
}

export async function lockThread(tx: Tx, threadId: string, actor: User): Promise<CommunityThread> {
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

export async function lockPost(
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
