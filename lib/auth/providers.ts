// The OAuth providers switched on by their keys in the environment.
import { env } from "@/lib/env";

export type OAuthProviderId = "github" | "google" | "linkedin";

export interface EnabledProvider {
  id: OAuthProviderId;
  name: string;
}

const known: Array<EnabledProvider & { idVar: string; secretVar: string }> = [
  { id: "github", name: "GitHub", idVar: "AUTH_GITHUB_ID", secretVar: "AUTH_GITHUB_SECRET" },
  { id: "google", name: "Google", idVar: "AUTH_GOOGLE_ID", secretVar: "AUTH_GOOGLE_SECRET" },
  {
    id: "linkedin",
    name: "LinkedIn",
    idVar: "AUTH_LINKEDIN_ID",
    secretVar: "AUTH_LINKEDIN_SECRET",
  },
];

/** With their keys, for the Auth.js configuration only. */
export function oauthCredentials(): Array<{
  id: OAuthProviderId;
  clientId: string;
  clientSecret: string;
}> {
  const e = env() as unknown as Record<string, string | undefined>;
  return known.flatMap((p) => {
    const clientId = e[p.idVar];
    const clientSecret = e[p.secretVar];
    return clientId && clientSecret ? [{ id: p.id, clientId, clientSecret }] : [];
  });
}

/** Names only, safe to show on the sign-in page. */
export function enabledOAuthProviders(): EnabledProvider[] {
  const on = new Set(oauthCredentials().map((c) => c.id));
  return known.filter((p) => on.has(p.id)).map(({ id, name }) => ({ id, name }));
}
