// The emailed link that lets a suspended or banned person appeal a decision without signing in
// (they cannot). A random token whose SHA-256 is stored with the person and the decision; it
// proves only "this person may appeal this decision": appealDecision still checks the decision is
// theirs, not reversed and not appealed yet. A newer link for the person revokes older ones, and
// the outbox keeps no copy once the email is sent (docs/security.md #28).
import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { appealLinks } from "@/db/schema";
import { generateToken, hashToken } from "@/lib/auth/tokens";

export const APPEAL_LINK_DAYS = 30;

/** A new link for the decision; the person's earlier links stop working. */
export async function issueAppealToken(
  tx: Tx,
  userId: string,
  decisionId: string,
  now = new Date(),
): Promise<string> {
  await tx
    .update(appealLinks)
    .set({ revokedAt: now })
    .where(and(eq(appealLinks.userId, userId), isNull(appealLinks.revokedAt)));
  const { token, tokenHash } = generateToken();
  await tx.insert(appealLinks).values({
    userId,
    decisionId,
    tokenHash,
    expiresAt: new Date(now.getTime() + APPEAL_LINK_DAYS * 86_400_000),
    createdAt: now,
  });
  return token;
}

/** The person and decision the link names, or null if it is unknown, revoked or expired. */
export async function readAppealToken(
  token: string | undefined | null,
  now = new Date(),
): Promise<{ userId: string; decisionId: string } | null> {
  if (!token || !/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [link] = await db
    .select({ userId: appealLinks.userId, decisionId: appealLinks.decisionId })
    .from(appealLinks)
    .where(
      and(
        eq(appealLinks.tokenHash, hashToken(token)),
        isNull(appealLinks.revokedAt),
        gt(appealLinks.expiresAt, now),
      ),
    );
  return link ?? null;
}
