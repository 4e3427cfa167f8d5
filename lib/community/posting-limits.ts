// Posting limits are counted from the posts themselves, inside the transaction, with the member's
// row locked: the gap between posts, the daily caps (rolling 24 hours, stricter in an account's
// first day: lib/rate-limit `assertUnderDailyCap`) and "the same text again" are exact, hold
// across servers, and cannot be raced by two requests at once. Only posts that were made count, so
// a refused or double-submitted form never uses up the allowance. A coarse attempt limit
// (`communityRateLimits`, lib/community/guards.ts) sits in front of every write.
import "server-only";
import { and, desc, eq, gt } from "drizzle-orm";
import { type Tx } from "@/db/client";
import { communityPosts, communityThreads, type User } from "@/db/schema";
import { formatWait, RateLimitedError } from "@/lib/errors";
import { enforceDailyCap, type DailyCap, type DailyCapRefusal } from "@/lib/rate-limit";

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

function refuse(seconds: number, message: (wait: string) => string): never {
  const wait = Math.max(1, Math.ceil(seconds));
  throw new RateLimitedError(wait, message(formatWait(wait)));
}

/** The gap between posts, the same text again, and the daily cap of threads or replies. */
export async function checkPostingLimits(
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

  if (kind === "thread") {
    const mine = eq(communityThreads.authorId, member.id);
    const cap = postingLimits.threadsPerDay;
    await enforceDailyCap(tx, cap, member.createdAt, communityThreads.createdAt, mine, now);
  } else {
    const mine = and(eq(communityPosts.authorId, member.id), eq(communityPosts.isOpening, false));
    const cap = postingLimits.repliesPerDay;
    await enforceDailyCap(tx, cap, member.createdAt, communityPosts.createdAt, mine, now);
  }
}
