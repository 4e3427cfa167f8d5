// Settings → Connected accounts: which providers a member has linked, linking one (a password
// check, then a single-use intent the provider's callback redeems) and unlinking (docs/decisions/016).
import "server-only";
import { and, asc, eq, lt, or } from "drizzle-orm";
import { db } from "@/db/client";
import { accountLinkIntents, accounts } from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { enforceRateLimits, limits } from "@/lib/rate-limit";
import { isUniqueViolation, lockActiveMember } from "./accounts";
import {
  ACCOUNT_LINK_PK,
  findLinkedUser,
  ONE_LINK_PER_PROVIDER,
  type OAuthIdentity,
} from "./oauth";
import {
  enabledOAuthProviders,
  isEnabledProvider,
  isOAuthProviderId,
  providerName,
} from "./providers";
import { confirmIdentity, reauthMode, type ReauthMode } from "./reauth";
import type { SessionUser } from "./session-check";
import type { OAuthRefusal } from "./sign-in-errors";
import { generateToken, hashToken } from "./tokens";

/** How long the trip to the provider and back may take. */
export const LINK_INTENT_TTL_MS = 10 * 60 * 1000;

type Actor = Pick<SessionUser, "id" | "passwordHash" | "signedInAt">;

export interface ConnectedAccounts {
  providers: Array<{ id: string; name: string; enabled: boolean; linkedAt: Date | null }>;
  hasPassword: boolean;
  reauth: ReauthMode;
  /** Unlinking the only link of an account with no password would lock its owner out. */
  onlyWayIn: boolean;
}

/** The enabled providers, and any the member linked before a provider was switched off. */
export async function listConnectedAccounts(
  actor: Actor,
  now = new Date(),
): Promise<ConnectedAccounts> {
  const enabled = enabledOAuthProviders();
  const links = await db
    .select({ provider: accounts.provider, createdAt: accounts.createdAt })
    .from(accounts)
    .where(eq(accounts.userId, actor.id))
    .orderBy(asc(accounts.createdAt));
  const linkedAt = new Map(links.map((l) => [l.provider, l.createdAt]));
  const providers = [
    ...enabled.map((p) => ({ ...p, enabled: true, linkedAt: linkedAt.get(p.id) ?? null })),
    ...links
      .filter((l) => !enabled.some((p) => p.id === l.provider))
      .map((l) => ({
        id: l.provider,
        name: isOAuthProviderId(l.provider) ? providerName(l.provider) : l.provider,
        enabled: false,
        linkedAt: l.createdAt,
      })),
  ];
  return {
    providers,
    hasPassword: Boolean(actor.passwordHash),
    reauth: reauthMode(actor, actor.signedInAt, now),
    onlyWayIn: !actor.passwordHash && links.length <= 1,
  };
}

/**
 * After the password check, records a single-use intent to link `provider` to this member and
 * returns its token (for an httpOnly cookie; only the hash is stored). A newer intent replaces
 * the member's older ones.
 */
export async function startAccountLink(
  actor: Actor,
  input: { provider: string; password?: string },
  now = new Date(),
): Promise<string> {
  await enforceRateLimits([[limits.accountLinksPerUser, actor.id]], now);
  const provider = input.provider;
  if (!isEnabledProvider(provider))
    throw new NotFoundError("That sign-in provider is not available.");
  await confirmIdentity(actor, actor.signedInAt, input.password, now);
  const { token, tokenHash } = generateToken();
  await db.transaction(async (tx) => {
    await lockActiveMember(tx, actor.id, now, "link accounts");
    const [existing] = await tx
      .select({ provider: accounts.provider })
      .from(accounts)
      .where(and(eq(accounts.userId, actor.id), eq(accounts.provider, provider)));
    if (existing)
      throw new ConflictError(`Your ${providerName(provider)} account is already linked.`);
    await tx
      .delete(accountLinkIntents)
      .where(or(eq(accountLinkIntents.userId, actor.id), lt(accountLinkIntents.expiresAt, now)));
    await tx.insert(accountLinkIntents).values({
      tokenHash,
      userId: actor.id,
      provider,
      expiresAt: new Date(now.getTime() + LINK_INTENT_TTL_MS),
    });
  });
  logger.info(
    { event: "auth.account_link_started", provider, userId: actor.id },
    "account link started",
  );
  return token;
}

export type LinkOutcome = { ok: true } | { ok: false; refusal: OAuthRefusal };

function refuseLink(refusal: OAuthRefusal, provider: string): LinkOutcome {
  logger.warn({ event: "auth.account_link_refused", reason: refusal, provider }, "link refused");
  return { ok: false, refusal };
}

/**
 * The provider's callback with a link intent: spends the intent (whatever happens next), and
 * links the provider account to the intent's member only if this browser is still signed in as
 * that member. `sessionUserId` is the member of the callback request's own session, or null.
 */
export async function completeAccountLink(
  identity: Pick<OAuthIdentity, "provider" | "providerAccountId" | "type">,
  token: string,
  sessionUserId: string | null,
  now = new Date(),
): Promise<LinkOutcome> {
  const [intent] = await db
    .delete(accountLinkIntents)
    .where(eq(accountLinkIntents.tokenHash, hashToken(token)))
    .returning();
  if (
    !intent ||
    intent.expiresAt <= now ||
    intent.provider !== identity.provider ||
    intent.userId !== sessionUserId
  )
    return refuseLink("LinkExpired", identity.provider);
  const owner = await findLinkedUser(identity.provider, identity.providerAccountId);
  if (owner && owner.id !== intent.userId) return refuseLink("LinkTaken", identity.provider);
  if (owner) return { ok: true };
  try {
    await db.transaction(async (tx) => {
      // Refuses (ForbiddenError) a member suspended since they asked.
      await lockActiveMember(tx, intent.userId, now, "link accounts");
      // Proven: the signed-in owner asked for this link with their password.
      await tx.insert(accounts).values({
        userId: intent.userId,
        type: identity.type,
        provider: identity.provider,
        providerAccountId: identity.providerAccountId,
        verifiedAt: now,
      });
    });
  } catch (err) {
    if (err instanceof ForbiddenError) return refuseLink("AccountBlocked", identity.provider);
    if (isUniqueViolation(err, ACCOUNT_LINK_PK)) return refuseLink("LinkTaken", identity.provider);
    if (isUniqueViolation(err, ONE_LINK_PER_PROVIDER))
      return refuseLink("LinkProviderInUse", identity.provider);
    throw err;
  }
  logger.info(
    { event: "auth.account_linked", provider: identity.provider, userId: intent.userId },
    "account linked",
  );
  return { ok: true };
}

/** Removes a link after the password check; never the last way into an account with no password. */
export async function unlinkAccount(
  actor: Actor,
  input: { provider: string; password?: string },
  now = new Date(),
): Promise<void> {
  await enforceRateLimits([[limits.accountLinksPerUser, actor.id]], now);
  await confirmIdentity(actor, actor.signedInAt, input.password, now);
  await db.transaction(async (tx) => {
    // The member's row lock serialises two unlinks from two tabs, so both cannot pass the count.
    const member = await lockActiveMember(tx, actor.id, now, "unlink accounts");
    const links = await tx
      .select({ provider: accounts.provider })
      .from(accounts)
      .where(eq(accounts.userId, actor.id));
    if (!links.some((l) => l.provider === input.provider))
      throw new NotFoundError("That account is not linked.");
    if (!member.passwordHash && links.length <= 1)
      throw new ForbiddenError(
        "This is your only way to sign in, so it cannot be unlinked. Give your account a password first (use “Forgot your password?” on the sign-in page), or link another provider.",
      );
    await tx
      .delete(accounts)
      .where(and(eq(accounts.userId, actor.id), eq(accounts.provider, input.provider)));
  });
  logger.info(
    { event: "auth.account_unlinked", provider: input.provider, userId: actor.id },
    "account unlinked",
  );
}
