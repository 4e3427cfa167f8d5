import { defineConfig, devices } from "@playwright/test";
import { OIDC_CLIENT } from "./oidc-provider";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;
export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
// The OpenID Connect provider started by global-setup.ts (oidc-provider.ts), named on the buttons.
export const OIDC_ISSUER = `http://127.0.0.1:${Number(process.env.E2E_OIDC_PORT ?? 3190)}`;
export const OIDC_NAME = "Test ID";
// The loopback port through which the tests write the people they need into the server's database
// (db-bridge.mjs, loaded into the server; people.ts), and the secret the server signs sessions with.
export const DB_BRIDGE_PORT = Number(process.env.E2E_DB_PORT ?? 3191);
export const AUTH_SECRET = "e2e-only-secret-0123456789abcdefghijklmnop";

// Runs against the production build (`npm run build` first) on a fresh embedded database, in
// Debian's Chromium. Mail goes to a local SMTP sink started by global-setup.ts, and "Test ID"
// sign-ins to a local OpenID Connect provider started there too. The server also loads
// db-bridge.mjs, through which each test creates its own people (people.ts).
export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI
    ? [["list"], ["json", { outputFile: "../../test-results/e2e.json" }]]
    : "list",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: "./global-setup.ts",
  outputDir: "../../test-results/e2e",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: `rm -rf .data/e2e .data/e2e.lock && exec node --import ./tests/e2e/db-bridge.mjs node_modules/next/dist/bin/next start -p ${PORT}`,
    cwd: "../..",
    url: `${baseURL}/sign-in`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PGLITE_DATA_DIR: ".data/e2e",
      SEED_DEMO: "true",
      // The tests act as the proxy in front: each sends its own X-Forwarded-For from 127.0.0.1.
      TRUSTED_PROXIES: "loopback",
      AUTH_SECRET,
      E2E_DB_PORT: String(DB_BRIDGE_PORT),
      APP_URL: baseURL,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      AUTH_OIDC_ISSUER: OIDC_ISSUER,
      AUTH_OIDC_ID: OIDC_CLIENT.id,
      AUTH_OIDC_SECRET: OIDC_CLIENT.secret,
      AUTH_OIDC_NAME: OIDC_NAME,
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
