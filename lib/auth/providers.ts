// The OAuth and OpenID Connect providers switched on by their keys in the environment.
import { env } from "@/lib/env";

export const OAUTH_PROVIDER_IDS = ["github", "google", "linkedin", "oidc"] as const;
export type OAuthProviderId = (typeof OAUTH_PROVIDER_IDS)[number];

export interface EnabledProvider {
  id: OAuthProviderId;
  name: string;
}

export interface ProviderKeys {
  id: OAuthProviderId;
  clientId: string;
  clientSecret: string;
  /** The generic OpenID Connect provider only: where discovery starts. */
  issuer?: string;
}

const DEFAULT_OIDC_NAME = "OpenID Connect";

const fixedNames: Record<Exclude<OAuthProviderId, "oidc">, string> = {
  github: "GitHub",
  google: "Google",
  linkedin: "LinkedIn",
};

/** With their keys, for the Auth.js configuration only. */
export function oauthCredentials(): ProviderKeys[] {
  const e = env();
  const pairs: Array<[OAuthProviderId, string | undefined, string | undefined]> = [
    ["github", e.AUTH_GITHUB_ID, e.AUTH_GITHUB_SECRET],
    ["google", e.AUTH_GOOGLE_ID, e.AUTH_GOOGLE_SECRET],
    ["linkedin", e.AUTH_LINKEDIN_ID, e.AUTH_LINKEDIN_SECRET],
  ];
  const keys: ProviderKeys[] = pairs.flatMap(([id, clientId, clientSecret]) =>
    clientId && clientSecret ? [{ id, clientId, clientSecret }] : [],
  );
  // lib/env.ts accepts the three OIDC keys together or not at all.
  if (e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_ID && e.AUTH_OIDC_SECRET)
    keys.push({
      id: "oidc",
      clientId: e.AUTH_OIDC_ID,
      clientSecret: e.AUTH_OIDC_SECRET,
      issuer: e.AUTH_OIDC_ISSUER,
    });
  return keys;
}

/** What members read for a provider (the OIDC one is named by AUTH_OIDC_NAME). */
export function providerName(id: OAuthProviderId): string {
  return id === "oidc" ? (env().AUTH_OIDC_NAME ?? DEFAULT_OIDC_NAME) : fixedNames[id];
}

// Where each provider's sign-in page lives: a sign-in button posts a form that redirects there.
const authorizationOrigins: Record<Exclude<OAuthProviderId, "oidc">, string> = {
  github: "https://github.com",
  google: "https://accounts.google.com",
  linkedin: "https://www.linkedin.com",
};

let formTargets: string[] | undefined;

/**
 * Origins a form may lead to besides our own (the CSP's form-action): a button of an enabled
 * provider posts to us and is redirected to the provider, which Chrome checks against form-action.
 */
export function oauthFormTargets(): string[] {
  formTargets ??= oauthCredentials().map((k) =>
    k.id === "oidc" ? new URL(k.issuer!).origin : authorizationOrigins[k.id],
  );
  return formTargets;
}

/** Names only, safe to show on the sign-in page. */
export function enabledOAuthProviders(): EnabledProvider[] {
  return oauthCredentials().map(({ id }) => ({ id, name: providerName(id) }));
}

export function isOAuthProviderId(value: string): value is OAuthProviderId {
  return (OAUTH_PROVIDER_IDS as readonly string[]).includes(value);
}

export function isEnabledProvider(id: string): id is OAuthProviderId {
  return enabledOAuthProviders().some((p) => p.id === id);
}
