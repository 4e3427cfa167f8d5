// The security headers of every response (docs/security.md #13): the page Content-Security-Policy
// with this request's nonce (set by proxy.ts), a strict one for what is not a page, and the static
// headers next.config.ts adds everywhere. No imports: next.config.ts loads this file.

/**
 * The CSP of every page: scripts only with this request's nonce; forms only to this site and, for
 * the sign-in buttons, to the enabled providers (`formTargets`).
 */
export function contentSecurityPolicy(
  nonce: string,
  dev: boolean,
  formTargets: string[] = [],
): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Radix and next-themes set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The CSP of everything that is not a page (API answers, files, redirects without a body): opened
 * directly, it may load and run nothing.
 */
export const RESOURCE_POLICY =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export const staticSecurityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  // Browsers ignore HSTS over plain http, so sending it always is safe and covers TLS deployments.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];
