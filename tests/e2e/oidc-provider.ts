// A real OpenID Connect provider for the browser tests: the certified `oidc-provider`, on
// 127.0.0.1. Its development login form takes any login and password. The login chooses the
// claims: "ada@example.test" signs in with that email, verified; "ada@example.test#unverified"
// with the same email, not verified (and another subject).
import http from "node:http";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

export const OIDC_CLIENT = { id: "landed-e2e", secret: "e2e-only-oidc-client-secret-0123456789" };

const UNVERIFIED = "#unverified";

export function claimsForLogin(login: string) {
  const unverified = login.endsWith(UNVERIFIED);
  const email = (unverified ? login.slice(0, -UNVERIFIED.length) : login).toLowerCase();
  return { email, email_verified: !unverified, name: email.split("@")[0] ?? email };
}

// Consent is assumed (a first-party provider), so the login form is the only page a test sees.
async function grantEverything(ctx: KoaContextWithOIDC) {
  const { client, session, provider } = ctx.oidc;
  const existing = ctx.oidc.result?.consent?.grantId ?? session?.grantIdFor(client!.clientId);
  if (existing) return provider.Grant.find(existing);
  const grant = new provider.Grant({ clientId: client!.clientId, accountId: session!.accountId! });
  grant.addOIDCScope("openid email profile");
  await grant.save();
  return grant;
}

/** Starts the provider; resolves to a function that stops it. */
export async function startOidcProvider(
  issuer: string,
  redirectUri: string,
): Promise<() => Promise<void>> {
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: ["e2e-only-oidc-cookie-key"] },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, ...claimsForLogin(sub) }),
    }),
    loadExistingGrant: grantEverything,
  });
  const url = new URL(issuer);
  const handle = provider.callback();
  const server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(Number(url.port), url.hostname, resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
