// The Auth.js provider objects for the OAuth and OpenID Connect providers switched on by env keys.
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import LinkedIn from "next-auth/providers/linkedin";
import { githubEmailClaims } from "./provider-claims";
import { oauthCredentials, providerName, type ProviderKeys } from "./providers";

const GITHUB_API = "https://api.github.com";

async function githubGet(path: string, accessToken: string | undefined): Promise<Response> {
  return fetch(`${GITHUB_API}${path}`, {
    headers: {
      Authorization: `Bearer ${accessToken}`,
      Accept: "application/vnd.github+json",
      "User-Agent": "landed",
    },
  });
}

// GitHub: the email and whether GitHub verified it always come from /user/emails (provider-claims.ts).
function github(keys: ProviderKeys): Provider {
  return GitHub({
    clientId: keys.clientId,
    clientSecret: keys.clientSecret,
    userinfo: {
      url: `${GITHUB_API}/user`,
      async request({ tokens }: { tokens: { access_token?: string } }) {
        const [profile, emails] = await Promise.all([
          githubGet("/user", tokens.access_token),
          githubGet("/user/emails", tokens.access_token),
        ]);
        if (!profile.ok) throw new Error(`GitHub /user answered ${profile.status}`);
        const claims = githubEmailClaims(emails.ok ? await emails.json() : null);
        return { ...((await profile.json()) as Record<string, unknown>), ...claims };
      },
    },
  });
}

function oidc(keys: ProviderKeys): Provider {
  return {
    id: "oidc",
    name: providerName("oidc"),
    type: "oidc",
    issuer: keys.issuer,
    clientId: keys.clientId,
    clientSecret: keys.clientSecret,
    checks: ["pkce", "state", "nonce"],
    // Claims from userinfo: many providers (Okta among them) keep email out of the ID token.
    idToken: false,
  };
}

const factories: Record<ProviderKeys["id"], (keys: ProviderKeys) => Provider> = {
  github,
  google: ({ clientId, clientSecret }) => Google({ clientId, clientSecret }),
  linkedin: ({ clientId, clientSecret }) => LinkedIn({ clientId, clientSecret }),
  oidc,
};

export function oauthProviders(): Provider[] {
  return oauthCredentials().map((keys) => factories[keys.id](keys));
}
