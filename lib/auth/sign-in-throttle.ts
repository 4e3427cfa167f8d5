// Brute force stays expensive without handing an attacker a lock-out (docs/security.md #3 and #26;
// docs/decisions/013-sign-in-throttling.md). Failures are counted per account and per (account,
// address): one address is refused after a few wrong passwords for an account, while the account
// as a whole is only slowed down, and not at all for an address it signed in from before. So an
// attacker anywhere can make guessing slow, but never keep the owner out.
import { createHmac } from "node:crypto";
import { and, eq, gt, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { knownSignInAddresses } from "@/db/schema";
import { authSecret } from "@/lib/env";
import { RateLimitedError } from "@/lib/errors";
import {
  consumeRateLimit,
  enforceRateLimits,
  hashedSubject,
  limits,
  readRateLimit,
} from "@/lib/rate-limit";
import { addressBucket } from "./ip";

const DAY_MS = 86_400_000;
/** A successful sign-in keeps its address trusted this long. */
export const KNOWN_ADDRESS_DAYS = 90;
const SLOWDOWN_FIRST_MS = 1_000;
const SLOWDOWN_MAX_MS = 8_000;
/** An id no account has: unknown emails look addresses up like known ones, and find none. */
const NO_ACCOUNT = "00000000-0000-0000-0000-000000000000";

/** The wait before checking a password, after `failures` wrong ones for the account this window. */
export function slowdownMs(failures: number): number {
  const over = failures - limits.signInFailuresPerAccount.limit;
  if (over < 0) return 0;
  return Math.min(SLOWDOWN_MAX_MS, SLOWDOWN_FIRST_MS * 2 ** Math.floor(over / 10));
}

function addressHash(address: string): string {
  return createHmac("sha256", `sign-in-address:${authSecret()}`)
    .update(addressBucket(address))
    .digest("base64url");
}

function keys(email: string, address: string) {
  const account = hashedSubject(email);
  return { account, pair: `${account}:${hashedSubject(addressBucket(address))}` };
}

export interface SignInAttempt {
  email: string;
  address: string;
  /** The account the email belongs to, if any (the same work is done either way). */
  userId: string | null;
  now: Date;
}

/**
 * Before the password is checked: counts the attempt against the address, refuses an address
 * that already sent too many wrong passwords for this account, and returns how long to wait
 * first (0 for an address the account signed in from before).
 */
export async function gateSignIn(attempt: SignInAttempt): Promise<number> {
  const { now } = attempt;
  await enforceRateLimits([[limits.signInPerIp, addressBucket(attempt.address)]], now);
  const key = keys(attempt.email, attempt.address);
  const pair = await readRateLimit(limits.signInFailuresPerAccountAddress, key.pair, now);
  if (!pair.allowed) throw new RateLimitedError(pair.retryAfterSeconds);
  const account = await readRateLimit(limits.signInFailuresPerAccount, key.account, now);
  const wait = slowdownMs(account.count - 1);
  if (wait === 0) return 0;
  const [known] = await db
    .select({ at: knownSignInAddresses.lastSignInAt })
    .from(knownSignInAddresses)
    .where(
      and(
        eq(knownSignInAddresses.userId, attempt.userId ?? NO_ACCOUNT),
        eq(knownSignInAddresses.addressHash, addressHash(attempt.address)),
        gt(
          knownSignInAddresses.lastSignInAt,
          new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY_MS),
        ),
      ),
    );
  return known ? 0 : wait;
}

/** A wrong password (or an unknown email): counted for the account and for this address. */
export async function recordSignInFailure(attempt: SignInAttempt): Promise<void> {
  const key = keys(attempt.email, attempt.address);
  await consumeRateLimit(limits.signInFailuresPerAccountAddress, key.pair, attempt.now);
  await consumeRateLimit(limits.signInFailuresPerAccount, key.account, attempt.now);
}

/** The owner got in: this address stays trusted for the account. */
export async function recordSignInSuccess(attempt: SignInAttempt & { userId: string }) {
  await db
    .insert(knownSignInAddresses)
    .values({
      userId: attempt.userId,
      addressHash: addressHash(attempt.address),
      lastSignInAt: attempt.now,
    })
    .onConflictDoUpdate({
      target: [knownSignInAddresses.userId, knownSignInAddresses.addressHash],
      set: { lastSignInAt: attempt.now },
    });
}

/** Forgets addresses not used for KNOWN_ADDRESS_DAYS (the background sweep). */
export async function sweepKnownAddresses(now = new Date()): Promise<number> {
  const rows = await db
    .delete(knownSignInAddresses)
    .where(
      lt(knownSignInAddresses.lastSignInAt, new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY_MS)),
    )
    .returning({ userId: knownSignInAddresses.userId });
  return rows.length;
}
