// What a provider's profile says about the member's email, read the same way for every provider.

export interface EmailClaims {
  email: string | null;
  email_verified: boolean;
}

interface GitHubEmail {
  email?: unknown;
  primary?: unknown;
  verified?: unknown;
}

/**
 * GitHub's profile has no `email_verified`, and its public email is whatever the person chose to
 * show: the primary address from /user/emails and GitHub's own `verified` flag decide instead.
 */
export function githubEmailClaims(emails: unknown): EmailClaims {
  if (!Array.isArray(emails)) return { email: null, email_verified: false };
  const primary = (emails as GitHubEmail[]).find((e) => e?.primary === true);
  if (!primary || typeof primary.email !== "string" || !primary.email.trim())
    return { email: null, email_verified: false };
  return { email: primary.email.trim().toLowerCase(), email_verified: primary.verified === true };
}

/** OpenID Connect's `email_verified` (Google, LinkedIn, any OIDC provider); some send it as a string. */
export function emailClaimsFromProfile(profile: Record<string, unknown> | undefined): EmailClaims {
  const email = typeof profile?.email === "string" ? profile.email.trim().toLowerCase() : "";
  const verified = profile?.email_verified;
  return { email: email || null, email_verified: verified === true || verified === "true" };
}
