// A production start (docs/security.md #24): no demo accounts unless SEED_DEMO=true, no start with
// the development secret, no development pages. Each test starts its own `next start` on the build.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./fixtures";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 60;
const DEV_SECRET = "landed-development-secret-not-for-production-use";

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(port: number, env: Record<string, string | undefined>, dataDir: string): Started {
  fs.rmSync(path.join(ROOT, dataDir), { recursive: true, force: true });
  let output = "";
  const child = spawn(path.join(ROOT, "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: ROOT,
    detached: true,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: "warn",
      PGLITE_DATA_DIR: dataDir,
      APP_URL: `http://localhost:${port}`,
      ...env,
    },
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function stop(started: Started): Promise<number | null> {
  if (started.child.exitCode === null && started.child.pid) {
    try {
      process.kill(-started.child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
  return started.exited;
}

async function waitUntilServing(port: number, started: Started): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`next start exited:\n${started.output()}`);
    try {
      const response = await fetch(`http://localhost:${port}/sign-in`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start did not answer:\n${started.output()}`);
}

test.describe("a production start", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test("refuses to boot without AUTH_SECRET, or with the development secret", async () => {
    for (const [i, secret] of [undefined, DEV_SECRET].entries()) {
      const started = start(BASE_PORT + i, { AUTH_SECRET: secret }, `.data/e2e-start-${i}`);
      const code = await Promise.race([
        started.exited,
        new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 60_000)),
      ]);
      if (code === "timeout") await stop(started);
      expect(code, started.output()).not.toBe("timeout");
      expect(code).not.toBe(0);
      expect(started.output()).toContain("Landed cannot start");
      expect(started.output()).toContain(
        secret ? "AUTH_SECRET: must not be the development secret" : "AUTH_SECRET: is required",
      );
    }
  });

  test("creates no demo accounts on an empty database unless SEED_DEMO=true", async () => {
    const port = BASE_PORT + 2;
    const dataDir = ".data/e2e-start-empty";
    const started = start(
      port,
      { AUTH_SECRET: "start-test-secret-0123456789abcdefghijkl" },
      dataDir,
    );
    try {
      await waitUntilServing(port, started);
      // The development mailbox is not part of a production build at all.
      expect((await fetch(`http://localhost:${port}/dev/outbox`)).status).toBe(404);
    } finally {
      await stop(started);
    }
    const manifest = fs.readFileSync(
      path.join(ROOT, ".next/server/app-paths-manifest.json"),
      "utf8",
    );
    expect(manifest).not.toContain("/dev/outbox");
    const pg = new PGlite(path.join(ROOT, dataDir));
    try {
      const { rows } = await pg.query<{ n: number }>("select count(*)::int as n from users");
      expect(rows[0]?.n).toBe(0);
    } finally {
      await pg.close();
      fs.rmSync(path.join(ROOT, dataDir), { recursive: true, force: true });
    }
  });

  test("counts a client by its socket address whatever X-Forwarded-For says (no TRUSTED_PROXIES)", async ({
    browser,
  }) => {
    const port = BASE_PORT + 3;
    const started = start(
      port,
      { AUTH_SECRET: "start-test-secret-0123456789abcdefghijkl", AUTH_TRUST_HOST: "true" },
      ".data/e2e-start-spoof",
    );
    try {
      await waitUntilServing(port, started);
      const context = await browser.newContext();
      const page = await context.newPage();
      const attempt = async (i: number) => {
        // A new forged address every time: with no proxy trusted it buys no new bucket.
        await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${i + 1}` });
        await page.goto(`http://localhost:${port}/sign-in`);
        await page.getByLabel("Email").fill(uniqueEmail(`spoof${i}`));
        await page.getByLabel("Password", { exact: true }).fill("not-the-password-1");
        await page.getByRole("button", { name: "Sign in" }).click();
        return page.getByRole("alert", { name: "Form error" });
      };
      // 10 a minute per address, in fixed windows: 21 attempts put 11 in one window at least.
      let refusedAt = -1;
      for (let i = 0; i < 21 && refusedAt < 0; i++) {
        const message = await attempt(i);
        await expect(message).toContainText(/do not match an account|Too many sign-in attempts/);
        if ((await message.textContent())?.includes("Too many")) refusedAt = i;
      }
      expect(refusedAt).toBeGreaterThanOrEqual(10);
      await context.close();
    } finally {
      await stop(started);
      fs.rmSync(path.join(ROOT, ".data/e2e-start-spoof"), { recursive: true, force: true });
    }
  });
});
