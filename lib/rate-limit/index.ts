// Fixed-window rate limits counted in PostgreSQL, so they hold across every server.
import { lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { RateLimitedError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export interface RateLimitRule {
  /** What is limited, e.g. "sign-in:ip". */
  name: string;
  limit: number;
  windowSeconds: number;
}

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  retryAfterSeconds: number;
}

export async function consumeRateLimit(
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const expiresAt = new Date(windowStart.getTime() + windowMs);
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ key: `${rule.name}:${subject}`, windowStart, count: 1, expiresAt })
    .onConflictDoUpdate({
      target: [rateLimitBuckets.key, rateLimitBuckets.windowStart],
      set: { count: sql`${rateLimitBuckets.count} + 1` },
    })
    .returning({ count: rateLimitBuckets.count });
  const count = row?.count ?? 1;
  // Old windows are swept now and then by whichever request passes; nothing depends on it.
  if (Math.random() < 0.01)
    await db.delete(rateLimitBuckets).where(lt(rateLimitBuckets.expiresAt, now));
  return {
    allowed: count <= rule.limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000)),
  };
}

/** Counts one attempt against every rule and throws RateLimitedError if any is over its limit. */
export async function enforceRateLimits(
  checks: Array<[RateLimitRule, string]>,
  now = new Date(),
): Promise<void> {
  let worst: RateLimitResult | undefined;
  let hit: RateLimitRule | undefined;
  for (const [rule, subject] of checks) {
    const result = await consumeRateLimit(rule, subject, now);
    if (!result.allowed && (!worst || result.retryAfterSeconds > worst.retryAfterSeconds)) {
      worst = result;
      hit = rule;
    }
  }
  if (worst && hit) {
    logger.warn({ event: "rate_limit.hit", rule: hit.name, count: worst.count }, "rate limit hit");
    throw new RateLimitedError(worst.retryAfterSeconds);
  }
}

export const limits = {
  signInPerIp: { name: "sign-in:ip", limit: 10, windowSeconds: 60 },
  signInPerAccount: { name: "sign-in:account", limit: 10, windowSeconds: 15 * 60 },
  signUpPerIp: { name: "sign-up:ip", limit: 5, windowSeconds: 60 * 60 },
  resetPerIp: { name: "reset:ip", limit: 5, windowSeconds: 15 * 60 },
  resetPerAccount: { name: "reset:account", limit: 3, windowSeconds: 60 * 60 },
  verifyEmailPerUser: { name: "verify-email:user", limit: 3, windowSeconds: 60 * 60 },
  changePasswordPerUser: { name: "change-password:user", limit: 5, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;
