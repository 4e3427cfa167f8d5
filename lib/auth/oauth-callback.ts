// Auth.js's `signIn` callback for OAuth and OpenID Connect: finishes a link asked for in Settings,
// or decides the sign-in (oauth.ts). A refusal is a redirect whose `error` code the page explains.
import "server-only";
import type { Account, Profile, User } from "next-auth";
import { completeAccountLink } from "./connected-accounts";
import { takeLinkIntentCookie } from "./link-intent-cookie";
import { signInWithProvider, type OAuthIdentity } from "./oauth";
import { emailClaimsFromProfile } from "./provider-claims";
import { CONNECTED_ACCOUNTS_PATH } from "./routes";
import { resolveSessionUser, type SessionClaims } from "./session-check";

export async function oauthSignInCallback(
  { user, account, profile }: { user: User; account: Account; profile?: Profile },
  currentClaims: () => Promise<SessionClaims | undefined>,
): Promise<true | string> {
  const claims = emailClaimsFromProfile(profile as Record<string, unknown> | undefined);
  const identity: OAuthIdentity = {
    provider: account.provider,
    providerAccountId: account.providerAccountId,
    type: account.type,
    email: claims.email,
    emailVerified: claims.email_verified,
    name: profile?.name ?? user.name,
  };
  const intent = await takeLinkIntentCookie();
  if (intent) {
    // Linking never signs anyone in: the member's own session stays as it was.
    const member = await resolveSessionUser(await currentClaims());
    const linked = await completeAccountLink(identity, intent, member?.id ?? null);
    return linked.ok
      ? `${CONNECTED_ACCOUNTS_PATH}?linked=${encodeURIComponent(account.provider)}`
      : `${CONNECTED_ACCOUNTS_PATH}?error=${linked.refusal}`;
  }
  const outcome = await signInWithProvider(identity);
  if (!outcome.ok) return `/sign-in?error=${outcome.refusal}`;
  // Auth.js hands this same object to the jwt callback, which makes the session from it.
  user.id = outcome.user.id;
  user.email = outcome.user.email;
  user.name = outcome.user.displayName;
  user.sessionVersion = outcome.user.sessionVersion;
  return true;
}
