// docs/security.md #3 and #26: brute force is slowed, and an attacker who knows an email cannot
// keep its owner from signing in (docs/decisions/013-sign-in-throttling.md).
import { vi } from "vitest";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { knownSignInAddresses } from "@/db/schema";
import { verifyCredentials } from "@/lib/auth/accounts";
import { slowdownMs, sweepKnownAddresses } from "@/lib/auth/sign-in-throttle";
import { RateLimitedError } from "@/lib/errors";
import { DEMO_PASSWORD } from "@/tests/factories";
import { freshIp, insertUser } from "./helpers";

function noWait() {
  return vi.fn(async (_ms: number) => {});
}

/** Wrong passwords for `email`, each from a new address (so no per-address limit is reached). */
async function hammer(email: string, times: number, now: Date) {
  for (let i = 0; i < times; i++) {
    const sleep = noWait();
    const result = await verifyCredentials(email, `wrong-password-${i}`, freshIp(), { now, sleep });
    expect(result).toEqual({ ok: false, reason: "invalid" });
  }
}

describe("sign-in throttling", () => {
  it("lets the owner in while an attacker hammers the account from many addresses", async () => {
    const owner = await insertUser();
    const home = freshIp();
    const now = new Date();
    expect((await verifyCredentials(owner.email, DEMO_PASSWORD, home, { now })).ok).toBe(true);

    await hammer(owner.email, 25, now);

    // From an address the owner signed in from before: at once.
    const atHome = noWait();
    const fromHome = await verifyCredentials(owner.email, DEMO_PASSWORD, home, {
      now,
      sleep: atHome,
    });
    expect(fromHome.ok).toBe(true);
    expect(atHome).not.toHaveBeenCalled();

    // From a new address: after a short delay, never a refusal.
    const elsewhere = noWait();
    const fromCafe = await verifyCredentials(owner.email, DEMO_PASSWORD, freshIp(), {
      now,
      sleep: elsewhere,
    });
    expect(fromCafe.ok).toBe(true);
    expect(elsewhere).toHaveBeenCalledWith(slowdownMs(26));
  });

  it("slows guesses down once the account has 10 failures in the window, not before", async () => {
    const user = await insertUser();
    const now = new Date();
    await hammer(user.email, 9, now);
    const before = noWait();
    await verifyCredentials(user.email, "still-wrong-1", freshIp(), { now, sleep: before });
    expect(before).not.toHaveBeenCalled();
    const after = noWait();
    await verifyCredentials(user.email, "still-wrong-2", freshIp(), { now, sleep: after });
    expect(after).toHaveBeenCalledWith(1_000);
  });

  it("treats an unknown email exactly like a known one (no enumeration)", async () => {
    const now = new Date();
    await hammer("nobody-at-all@example.test", 12, now);
    const sleep = noWait();
    const result = await verifyCredentials(
      "nobody-at-all@example.test",
      "x-password-1",
      freshIp(),
      {
        now,
        sleep,
      },
    );
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect(sleep).toHaveBeenCalledWith(slowdownMs(12));
  });

  it("refuses one address after 5 wrong passwords for an account; others still get in", async () => {
    const user = await insertUser();
    const attacker = freshIp();
    const now = new Date();
    for (let i = 0; i < 5; i++) {
      await verifyCredentials(user.email, `guess-number-${i}`, attacker, { now, sleep: noWait() });
    }
    await expect(
      verifyCredentials(user.email, DEMO_PASSWORD, attacker, { now, sleep: noWait() }),
    ).rejects.toBeInstanceOf(RateLimitedError);
    expect((await verifyCredentials(user.email, DEMO_PASSWORD, freshIp(), { now })).ok).toBe(true);
    // The refusal is a window: 16 minutes later the same address may try again.
    const later = new Date(now.getTime() + 16 * 60_000);
    expect((await verifyCredentials(user.email, DEMO_PASSWORD, attacker, { now: later })).ok).toBe(
      true,
    );
  });

  it("keeps no address, only a keyed hash, and forgets it after 90 days", async () => {
    const user = await insertUser();
    const address = "203.0.113.77";
    const now = new Date();
    await verifyCredentials(user.email, DEMO_PASSWORD, address, { now });
    const rows = await db
      .select()
      .from(knownSignInAddresses)
      .where(eq(knownSignInAddresses.userId, user.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.addressHash).not.toContain("203.0.113");
    expect(await sweepKnownAddresses(new Date(now.getTime() + 89 * 86_400_000))).toBe(0);
    expect(await sweepKnownAddresses(new Date(now.getTime() + 91 * 86_400_000))).toBeGreaterThan(0);
  });
});

describe("slowdownMs", () => {
  it("starts at one second at 10 failures, doubles every 10 more, and stops at 8 seconds", () => {
    expect(slowdownMs(9)).toBe(0);
    expect(slowdownMs(10)).toBe(1_000);
    expect(slowdownMs(19)).toBe(1_000);
    expect(slowdownMs(20)).toBe(2_000);
    expect(slowdownMs(30)).toBe(4_000);
    expect(slowdownMs(40)).toBe(8_000);
    expect(slowdownMs(500)).toBe(8_000);
  });
});
