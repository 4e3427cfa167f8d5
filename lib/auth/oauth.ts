// What an OAuth or OpenID Connect sign-in does: signs in the member its provider account is linked
// to, creates an account for a new email the provider verified, or refuses (docs/decisions/016).
import "server-only";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, users, type User } from "@/db/schema";
import { emailFingerprint, logger } from "@/lib/logger";
import { maskSensitiveNumbers } from "@/lib/sensitive/numbers";
import { findUserByEmail, isUniqueViolation } from "./accounts";
import { accountBlock } from "./usable";
import { handleBase, handleCandidate } from "./handles";
import type { OAuthRefusal } from "./sign-in-errors";

/** The constraints behind the two ways a link can collide (db/migrations: 0000, 0016). */
export const ACCOUNT_LINK_PK = "accounts_provider_provider_account_id_pk";
export const ONE_LINK_PER_PROVIDER = "accounts_user_provider_unique";

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  type: string;
  /** Lower-cased by provider-claims.ts; null when the provider shared none. */
  email: string | null;
  /** The provider vouches that this person controls `email`. */
  emailVerified: boolean;
  name: string | null | undefined;
}

export type OAuthOutcome = { ok: true; user: User } | { ok: false; refusal: OAuthRefusal };

function refuse(refusal: OAuthRefusal, identity: OAuthIdentity): OAuthOutcome {
  logger.warn(
    {
      event: "auth.oauth_refused",
      reason: refusal,
      provider: identity.provider,
      email: identity.email ? emailFingerprint(identity.email) : undefined,
    },
    "oauth sign-in refused",
  );
  return { ok: false, refusal };
}

/** The member this provider account is linked to, if any. */
export async function findLinkedUser(
  provider: string,
  providerAccountId: string,
): Promise<User | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)))
    .limit(1);
  return row?.user;
}

/**
 * An existing link signs in its member, whatever the provider says about the email today. Without
 * a link, an email the provider has not verified is refused before anything else (it attaches to
 * nothing and reveals nothing); a known email is never linked automatically (a provider's claim to
 * an address must not take over an account); a new verified email gets a new account.
 */
export async function signInWithProvider(identity: OAuthIdentity): Promise<OAuthOutcome> {
  const linked = await findLinkedUser(identity.provider, identity.providerAccountId);
  if (linked) {
    const block = accountBlock(linked);
    if (block)
      return refuse(block.reason === "deleting" ? "AccountDeleting" : "AccountBlocked", identity);
    return { ok: true, user: linked };
  }
  if (!identity.email) return refuse("OAuthNoEmail", identity);
  if (!identity.emailVerified) return refuse("OAuthEmailUnverified", identity);
  if (await findUserByEmail(identity.email)) return refuse("OAuthAccountNotLinked", identity);
  return createAccountFromProvider(identity, identity.email);
}

async function createAccountFromProvider(
  identity: OAuthIdentity,
  email: string,
): Promise<OAuthOutcome> {
  // A provider's name is not refused like a typed one (the sign-in would fail): its numbers are masked.
  const displayName = maskSensitiveNumbers(
    identity.name?.trim() || email.split("@")[0] || "Member",
  ).slice(0, 80);
  const base = handleBase(displayName);
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      const user = await db.transaction(async (tx) => {
        const now = new Date();
        const [created] = await tx
          .insert(users)
          .values({
            email,
            displayName,
            handle: handleCandidate(base, attempt),
            emailVerifiedAt: now,
          })
          .returning();
        // Proven: the provider vouched for the email this account is made for.
        await tx.insert(accounts).values({
          userId: created!.id,
          type: identity.type,
          provider: identity.provider,
          providerAccountId: identity.providerAccountId,
          verifiedAt: now,
        });
        return created!;
      });
      logger.info(
        {
          event: "auth.oauth_sign_up",
          provider: identity.provider,
          email: emailFingerprint(email),
        },
        "account created",
      );
      return { ok: true, user };
    } catch (err) {
      if (isUniqueViolation(err, "users_handle_lower_unique")) continue;
      // Lost a race: the email was taken meanwhile, or this same sign-in made the account first.
      if (isUniqueViolation(err, "users_email_lower_unique"))
        return refuse("OAuthAccountNotLinked", identity);
      if (isUniqueViolation(err, ACCOUNT_LINK_PK)) {
        const linked = await findLinkedUser(identity.provider, identity.providerAccountId);
        if (linked) return { ok: true, user: linked };
      }
      throw err;
    }
  }
  throw new Error("Could not find a free handle after several attempts");
}
