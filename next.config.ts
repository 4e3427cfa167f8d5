import type { NextConfig } from "next";
import { RESOURCE_POLICY, staticSecurityHeaders } from "./lib/csp";

/**
 * What proxy.ts's matcher leaves out (its complement; tests/unit/csp.test.ts checks the two agree):
 * API routes, build files and the icons, which are not pages and get the strict policy.
 */
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
    // Evidence uploads: a 10 MiB file plus the form around it (lib/verification/files.ts). The
    // proxy buffers bodies too, so its limit must be as large.
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
  },
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      // What proxy.ts does not see (it gives pages their nonce CSP) gets the strict one.
      {
        source: PROXY_SKIPPED_SOURCE,
        headers: [{ key: "Content-Security-Policy", value: RESOURCE_POLICY }],
      },
    ];
  },
};

export default nextConfig;
