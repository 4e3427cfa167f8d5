import type { NextConfig } from "next";
import { RESOURCE_POLICY, staticSecurityHeaders } from "./lib/csp";

/**
 * What proxy.ts's matcher leaves out (its complement; tests/unit/csp.test.ts checks the two agree):
 * API routes, build files and the icons, which are not pages and get the strict policy.
 */
/** The requests proxy.ts leaves out by header: the router's and the browser's prefetches. */
export const PREFETCH_HEADERS = [
  { type: "header" as const, key: "next-router-prefetch" },
  { type: "header" as const, key: "purpose", value: "prefetch" },
];

export const PROXY_SKIPPED_SOURCE =
  "/:path((?:api|_next/static|_next/image|favicon.ico|icon.svg|icons.svg|robots.txt).*)";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `*.dev.tsx` routes (the /dev/outbox mailbox) exist only under `next dev`: a production build
  // does not contain them at all.
  pageExtensions: process.env.NODE_ENV === "development" ? ["dev.tsx", "tsx", "ts"] : ["tsx", "ts"],
  // Native or filesystem-bound packages stay outside the bundle (PGlite breaks when bundled).
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "@faker-js/faker",
    "pino",
    "proper-lockfile",
    "nodemailer",
    "postgres",
  ],
  experimental: {
    // No server action takes a large body (docs/security.md #30): the longest form, a guide, is
    // 42,000 characters (lib/action.ts fits each form's limit below this). Evidence files go to
    // POST /api/evidence, which the proxy does not see and which checks its own size. The proxy
    // buffers what it sees, so its limit is the same.
    serverActions: { bodySizeLimit: "256kb" },
    proxyClientMaxBodySize: "256kb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      // What proxy.ts does not see (it gives pages their nonce CSP) gets the strict one: API
      // answers and files, and prefetched pages (proxy.ts's matcher leaves those out by header).
      {
        source: PROXY_SKIPPED_SOURCE,
        headers: [{ key: "Content-Security-Policy", value: RESOURCE_POLICY }],
      },
      ...PREFETCH_HEADERS.map((has) => ({
        source: "/:path*",
        has: [has],
        headers: [{ key: "Content-Security-Policy", value: RESOURCE_POLICY }],
      })),
    ];
  },
};

export default nextConfig;
