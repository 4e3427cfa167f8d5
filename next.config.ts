import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  // Browsers ignore HSTS over plain http, so sending it always is safe and covers TLS deployments.
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
