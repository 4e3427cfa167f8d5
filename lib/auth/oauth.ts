// Links an OAuth sign-in to a Landed account: by the provider's account id, or a new account.
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { accounts, users, type User } from "@/db/schema";
import { ForbiddenError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { maskSensitiveNumbers } from "@/lib/sensitive/numbers";
import { accountBlock, findUserByEmail } from "./accounts";
import { handleBase, handleCandidate } from "./handles";

export interface OAuthIdentity {
  provider: string;
  providerAccountId: string;
  type: string;
  email: string | null | undefined;
  name: string | null | undefined;
  emailVerified: boolean;
}

export class OAuthAccountNotLinkedError extends ForbiddenError {
  constructor() {
    super("An account with this email already exists. Sign in with your password.");
  }
}

/**
 * An existing link signs in its user. An unknown email creates an account. A known email is not
 * linked automatically: a provider's claim to an address must not take over a password account.
 */
export async function linkOAuthAccount(identity: OAuthIdentity): Promise<User> {
  const [linked] = await db
    .select({ user: users })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(
      and(
        eq(accounts.provider, identity.provider),
        eq(accounts.providerAccountId, identity.providerAccountId),
      ),
    )
    .limit(1);
  if (linked) {
    const block = accountBlock(linked.user);
    if (block) {
      throw new ForbiddenError(
        block.reason === "deleting"
          ? "This account is set to be deleted. Sign in with your password to keep it."
          : "This account is suspended.",
      );
    }
    return linked.user;
  }
  const email = identity.email?.trim().toLowerCase();
  if (!email) throw new ForbiddenError("Your provider did not share an email address with Landed.");
  if (await findUserByEmail(email)) throw new OAuthAccountNotLinkedError();

  // A provider's name is not refused like a typed one (the sign-in would fail): its numbers are masked.
  const displayName = maskSensitiveNumbers(
    identity.name?.trim() || email.split("@")[0] || "Member",
  ).slice(0, 80);
  const base = handleBase(displayName);
  for (let attempt = 0; attempt < 6; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const [user] = await tx
          .insert(users)
          .values({
            email,
            displayName,
            handle: handleCandidate(base, attempt),
            emailVerifiedAt: identity.emailVerified ? new Date() : null,
          })
          .returning();
        await tx.insert(accounts).values({
          userId: user!.id,
          type: identity.type,
          provider: identity.provider,
          providerAccountId: identity.providerAccountId,
        });
        logger.info(
          { event: "auth.oauth_sign_up", provider: identity.provider },
          "account created",
        );
        return user!;
      });
    } catch (err) {
      if ((err as { code?: string }).code === "23505" && attempt < 5) continue;
      throw err;
    }
  }
  throw new Error("Could not create the account");
}
