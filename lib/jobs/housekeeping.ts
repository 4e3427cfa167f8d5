// Rows that have served their purpose are deleted (the background sweep; docs/decisions/006):
// mail kept 30 days, forgotten sign-in addresses, dead sessions, counters and links. What each
// keeps and for how long is what the privacy notice promises.
// No "server-only" import: instrumentation.ts loads the sweep outside the react-server layer.
import { lt } from "drizzle-orm";
import { db } from "@/db/client";
import { appealLinks, rateLimitBuckets, revokedSessions, verificationTokens } from "@/db/schema";
import { sweepKnownAddresses } from "@/lib/auth/sign-in-throttle";
import { purgeOldEmails } from "@/lib/email/outbox";

export interface Housekeeping {
  emailsPurged: number;
  signInAddressesForgotten: number;
}

export async function runHousekeeping(now = new Date()): Promise<Housekeeping> {
  const emailsPurged = await purgeOldEmails(now);
  const signInAddressesForgotten = await sweepKnownAddresses(now);
  // Past their expiry these are refused anyway; nothing reads them again.
  await db.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now));
  await db.delete(rateLimitBuckets).where(lt(rateLimitBuckets.expiresAt, now));
  await db.delete(verificationTokens).where(lt(verificationTokens.expiresAt, now));
  await db.delete(appealLinks).where(lt(appealLinks.expiresAt, now));
  return { emailsPurged, signInAddressesForgotten };
}
