// `npm run test:faults`: the fault tests (tests/faults), against a private PostgreSQL cluster that
// tests/faults/global-setup.ts creates, stops, restarts and removes. Not part of `npm test`: they
// need Debian's PostgreSQL server binaries, Chromium and the production build (`next build`).
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    tsconfigPaths: true,
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/setup/empty-module.ts") },
  },
  test: {
    name: "faults",
    globals: true,
    environment: "node",
    pool: "forks",
    include: ["tests/faults/**/*.test.ts"],
    globalSetup: ["tests/faults/global-setup.ts"],
    // One file at a time: one of them stops the shared private cluster.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    env: { DATABASE_STATEMENT_TIMEOUT_MS: "2000", LOG_LEVEL: "silent" },
  },
});
