// The production server the fault tests run against: `next start` of the build, in its own process
// group, on the private cluster, seeding the demo people into an empty database.
import { spawn, type ChildProcess } from "node:child_process";
import { clusterUrl } from "./cluster";
import { cluster } from "./database";
import { sleep } from "./helpers";

export interface App {
  base: string;
  process: ChildProcess;
  /** Everything the server printed so far. */
  log: string;
}

export function startApp(port: number, database: string): App {
  const base = `http://localhost:${port}`;
  const app: App = {
    base,
    log: "",
    process: spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: clusterUrl(cluster(), database),
        SEED_DEMO: "true",
        AUTH_SECRET: "faults-only-secret-0123456789abcdefghijklmnop",
        APP_URL: base,
        LOG_LEVEL: "warn",
        PGLITE_DATA_DIR: ".data/faults-unused",
      },
    }),
  };
  app.process.stdout?.on("data", (d: Buffer) => (app.log += d.toString()));
  app.process.stderr?.on("data", (d: Buffer) => (app.log += d.toString()));
  return app;
}

/** Waits until the server answers its sign-in page; fails with its output if it exits or never does. */
export async function waitForApp(app: App, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.process.exitCode !== null) {
      throw new Error(`next start exited (${app.process.exitCode}):\n${app.log}`);
    }
    try {
      if ((await fetch(`${app.base}/sign-in`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`next start did not answer within ${timeoutMs} ms:\n${app.log}`);
}

/** SIGTERM to the server's process group, SIGKILL after 5 s. */
export async function stopApp(app: App | undefined): Promise<void> {
  const child = app?.process;
  if (!child?.pid || child.exitCode !== null) return;
  process.kill(-child.pid, "SIGTERM");
  for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100);
  if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
}
