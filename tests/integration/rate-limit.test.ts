import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { RateLimitedError } from "@/lib/errors";
import { consumeRateLimit, enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";

// A rule of its own per test, so counts never leak between tests.
function rule(limit: number, windowSeconds = 60): RateLimitRule {
  return { name: `test:${randomUUID()}`, limit, windowSeconds };
}

// Fixed clocks, in the past so the occasional sweep (expires_at < now) never touches live windows.
const start = new Date("2020-03-01T12:00:10Z");
const sameWindow = new Date("2020-03-01T12:00:59Z");
const nextWindow = new Date("2020-03-01T12:01:00Z");

describe("consumeRateLimit", () => {
  it("counts attempts within a window and refuses past the limit", async () => {
    const r = rule(3);
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await consumeRateLimit(r, "198.51.100.1", start));
    expect(results.map((x) => [x.count, x.allowed])).toEqual([
      [1, true],
      [2, true],
      [3, true],
      [4, false],
    ]);
    expect(results[3]!.retryAfterSeconds).toBe(50);
    expect((await consumeRateLimit(r, "198.51.100.1", sameWindow)).retryAfterSeconds).toBe(1);
  });

  it("starts again at one in the next window", async () => {
    const r = rule(2);
    for (let i = 0; i < 3; i++) await consumeRateLimit(r, "subject", start);
    const next = await consumeRateLimit(r, "subject", nextWindow);
    expect(next).toEqual({ allowed: true, count: 1, retryAfterSeconds: 60 });
  });

  it("keeps the counter in the database, keyed by rule and subject", async () => {
    const r = rule(5);
    await consumeRateLimit(r, "ana@example.test", start);
    await consumeRateLimit(r, "ana@example.test", start);
    const rows = await db
      .select()
      .from(rateLimitBuckets)
      .where(eq(rateLimitBuckets.key, `${r.name}:ana@example.test`));
    expect(rows).toEqual([
      {
        key: `${r.name}:ana@example.test`,
        windowStart: new Date("2020-03-01T12:00:00Z"),
        count: 2,
        expiresAt: new Date("2020-03-01T12:01:00Z"),
      },
    ]);
  });

  it("keeps subjects and rules independent", async () => {
    const r = rule(1);
    const other = rule(1);
    await consumeRateLimit(r, "a", start);
    expect((await consumeRateLimit(r, "a", start)).allowed).toBe(false);
    expect(await consumeRateLimit(r, "b", start)).toMatchObject({ allowed: true, count: 1 });
    expect(await consumeRateLimit(other, "a", start)).toMatchObject({ allowed: true, count: 1 });
  });

  it("counts every one of many simultaneous attempts", async () => {
    const r = rule(100);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => consumeRateLimit(r, "burst", start)),
    );
    expect(results.map((x) => x.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });
});

describe("enforceRateLimits", () => {
  it("passes under the limit and throws RateLimitedError with a wait above it", async () => {
    const r = rule(2);
    await enforceRateLimits([[r, "x"]], start);
    await enforceRateLimits([[r, "x"]], start);
    const err = await enforceRateLimits([[r, "x"]], start).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBe(50);
    expect((err as RateLimitedError).message).toBe(
      "Too many attempts. Please wait 50 seconds and try again.",
    );
  });

  it("uses the real clock by default", async () => {
    const r = rule(1, 3600);
    await enforceRateLimits([[r, "x"]]);
    const err = await enforceRateLimits([[r, "x"]]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    expect((err as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(3600);
  });

  it("counts the attempt against every rule and reports the longest wait", async () => {
    const perIp = rule(1, 60);
    const perAccount = rule(1, 15 * 60);
    await enforceRateLimits(
      [
        [perIp, "ip"],
        [perAccount, "acct"],
      ],
      start,
    );
    const err = await enforceRateLimits(
      [
        [perIp, "ip"],
        [perAccount, "acct"],
      ],
      start,
    ).catch((e: unknown) => e);
    // 12:00:10 in a 15-minute window that ends at 12:15:00.
    expect((err as RateLimitedError).retryAfterSeconds).toBe(890);
    expect((await consumeRateLimit(perIp, "ip", start)).count).toBe(3);
    expect((await consumeRateLimit(perAccount, "acct", start)).count).toBe(3);
  });

  it("does not limit one subject for another's attempts", async () => {
    const r = rule(1);
    await enforceRateLimits([[r, "attacker"]], start);
    await expect(enforceRateLimits([[r, "attacker"]], start)).rejects.toBeInstanceOf(
      RateLimitedError,
    );
    await expect(enforceRateLimits([[r, "owner"]], start)).resolves.toBeUndefined();
  });
});
