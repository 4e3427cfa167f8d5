// Fixed-window rate limits counted in PostgreSQL, so they hold across every server.
import { createHmac } from "node:crypto";
import { and, eq, gt, lt, sql, type ColumnBaseConfig, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { db, type Tx } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { authSecret } from "@/lib/env";
import { formatWait, RateLimitedError } from "@/lib/errors";
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

/**
 * A subject that must not be kept as written (an email, an address): a keyed hash, so the
 * counters table holds nothing a reader could turn back into a person.
 */
export function hashedSubject(value: string): string {
  return createHmac("sha256", `rate-limit:${authSecret()}`)
    .update(value.toLowerCase())
    .digest("base64url")
    .slice(0, 32);
}

/** The counter `rule` keeps for `subject` at `now`: its key and the window it counts in. */
function bucketOf(rule: RateLimitRule, subject: string, now: Date) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const expiresAt = new Date(windowStart.getTime() + windowMs);
  return { key: `${rule.name}:${subject}`, windowStart, expiresAt };
}

function resultOf(rule: RateLimitRule, count: number, expiresAt: Date, now: Date): RateLimitResult {
  return {
    allowed: count <= rule.limit,
    count,
    retryAfterSeconds: Math.max(1, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000)),
  };
}

/** How many were counted in the current window, without counting one more. */
export async function readRateLimit(
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const { key, windowStart, expiresAt } = bucketOf(rule, subject, now);
  const [row] = await db
    .select({ count: rateLimitBuckets.count })
    .from(rateLimitBuckets)
    .where(and(eq(rateLimitBuckets.key, key), eq(rateLimitBuckets.windowStart, windowStart)));
  // One more attempt is allowed while the count is below the limit.
  return resultOf(rule, (row?.count ?? 0) + 1, expiresAt, now);
}

export async function consumeRateLimit(
  rule: RateLimitRule,
  subject: string,
  now = new Date(),
): Promise<RateLimitResult> {
  const bucket = bucketOf(rule, subject, now);
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ ...bucket, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimitBuckets.key, rateLimitBuckets.windowStart],
      set: { count: sql`${rateLimitBuckets.count} + 1` },
    })
    .returning({ count: rateLimitBuckets.count });
  const count = row?.count ?? 1;
  // Old windows are swept now and then by whichever request passes; nothing depends on it.
  if (Math.random() < 0.01)
    await db.delete(rateLimitBuckets).where(lt(rateLimitBuckets.expiresAt, now));
  return resultOf(rule, count, bucket.expiresAt, now);
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

/**
 * A cap on what one member may do in 24 hours, stricter in the account's first day
 * (docs/security.md #15). It counts the rows the member created, not attempts, so a refused try
 * costs nothing.
 */
export interface DailyCap {
  name: string;
  /** What is counted, for the refusal: "reports", "mentorship requests". */
  what: string;
  newAccount: number;
  regular: number;
  /** The refusal in the domain's own words; by default "You can send {limit} {what} a day…". */
  refusal?: (cap: DailyCapRefusal) => string;
}

/** What a refusal may say: the cap in force, whether it is the first day's, and the wait in words. */
export interface DailyCapRefusal {
  limit: number;
  what: string;
  firstDay: boolean;
  wait: string;
}

/** An account is new (Discourse's trust level 0) for its first day. */
export const NEW_ACCOUNT_MS = 24 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

export function dailyCapLimit(cap: DailyCap, joinedAt: Date, now = new Date()): number {
  return now.getTime() - joinedAt.getTime() < NEW_ACCOUNT_MS ? cap.newAccount : cap.regular;
}

/** How many of the capped things the member made in the last 24 hours, and when the oldest. */
export interface DailyUsage {
  count: number;
  oldest: Date | null;
}

/** When a capped row was made: a timestamp column of the table that holds the capped rows. */
type MadeAt = PgColumn<ColumnBaseConfig<"date", "PgTimestamp"> & { data: Date }>;

/**
 * Counts the rows `mine` picks whose `madeAt` falls in the 24 hours before `now`, for
 * assertUnderDailyCap: the member's threads, reports, requests… (`mine` names the member, and may
 * leave out rows that do not count). The table is the one `madeAt` belongs to.
 */
async function dailyUsage(
  tx: Tx,
  madeAt: MadeAt,
  mine: SQL | undefined,
  now: Date,
): Promise<DailyUsage> {
  const [row] = await tx
    .select({
      count: sql<number>`count(*)::int`,
      oldest: sql<Date | null>`min(${madeAt})`.mapWith(madeAt),
    })
    .from(madeAt.table)
    .where(and(mine, gt(madeAt, new Date(now.getTime() - DAY_MS))));
  return {
    count: Number(row?.count ?? 0),
    oldest: row?.oldest ? new Date(row.oldest) : null,
  };
}

/**
 * Throws RateLimitedError when the member already made `used.count` of these in the 24 hours
 * before `now` (the oldest at `used.oldest`) and that reaches their cap. Callers count (dailyUsage)
 * inside the transaction that writes, after locking the member's row, so two tabs cannot both slip
 * under it.
 */
export function assertUnderDailyCap(
  cap: DailyCap,
  joinedAt: Date,
  used: DailyUsage,
  now = new Date(),
): void {
  const limit = dailyCapLimit(cap, joinedAt, now);
  if (used.count < limit) return;
  const isNew = limit === cap.newAccount && cap.newAccount < cap.regular;
  let waitMs = used.oldest ? used.oldest.getTime() + DAY_MS - now.getTime() : DAY_MS;
  // A new account's tighter cap lifts when its first day ends, if that comes sooner.
  if (isNew && used.count < cap.regular)
    waitMs = Math.min(waitMs, joinedAt.getTime() + NEW_ACCOUNT_MS - now.getTime());
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  logger.warn({ event: "rate_limit.hit", rule: cap.name, count: used.count }, "rate limit hit");
  const message = cap.refusal
    ? cap.refusal({ limit, what: cap.what, firstDay: isNew, wait: formatWait(seconds) })
    : `You can send ${limit} ${cap.what} a day${isNew ? " in your account's first day" : ""}. ${new RateLimitedError(seconds).message}`;
  throw new RateLimitedError(seconds, message);
}

/**
 * A daily cap, checked: counts the member's rows that `mine` picks made in the last 24 hours
 * (dailyUsage) and throws at their cap (assertUnderDailyCap). Call it inside the transaction that
 * writes, after locking the member's row.
 */
export async function enforceDailyCap(
  tx: Tx,
  cap: DailyCap,
  joinedAt: Date,
  madeAt: MadeAt,
  mine: SQL | undefined,
  now: Date,
): Promise<void> {
  assertUnderDailyCap(cap, joinedAt, await dailyUsage(tx, madeAt, mine, now), now);
}

export const limits = {
  signInPerIp: { name: "sign-in:ip", limit: 10, windowSeconds: 60 },
  // Failures only (lib/auth/sign-in-throttle.ts): refused past this from one address, slowed past
  // it account-wide for addresses the account never signed in from.
  signInFailuresPerAccountAddress: {
    name: "sign-in-failed:account-address",
    limit: 5,
    windowSeconds: 15 * 60,
  },
  signInFailuresPerAccount: { name: "sign-in-failed:account", limit: 10, windowSeconds: 15 * 60 },
  signUpPerIp: { name: "sign-up:ip", limit: 5, windowSeconds: 60 * 60 },
  resetPerIp: { name: "reset:ip", limit: 5, windowSeconds: 15 * 60 },
  resetPerAccount: { name: "reset:account", limit: 3, windowSeconds: 60 * 60 },
  // Submitting a new password from a link: per address, and per link (so a link cannot be guessed at).
  resetSubmitPerIp: { name: "reset-submit:ip", limit: 10, windowSeconds: 15 * 60 },
  resetSubmitPerToken: { name: "reset-submit:token", limit: 5, windowSeconds: 60 * 60 },
  verifyEmailPerUser: { name: "verify-email:user", limit: 3, windowSeconds: 60 * 60 },
  changePasswordPerUser: { name: "change-password:user", limit: 5, windowSeconds: 15 * 60 },
  // Linking and unlinking a provider (Settings → Connected accounts), together.
  accountLinksPerUser: { name: "account-links:user", limit: 10, windowSeconds: 15 * 60 },
} satisfies Record<string, RateLimitRule>;
