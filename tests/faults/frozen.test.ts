// PostgreSQL stops answering without closing anything (the server frozen, a network cut): no
// request hangs. A query on an open connection fails at the client-side query timeout
// (statement_timeout + 2 s), a new connection at the 3 s connect timeout (a query that waited for
// a connection pays both), and once the server answers again the pool serves at once.
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { CONNECT_TIMEOUT_MS, db } from "@/db/client";
import { env } from "@/lib/env";
import { cluster, useFreshDatabase } from "./database";
import { report, sleep, timed } from "./helpers";

const POOL_MAX = 4;
let database: Awaited<ReturnType<typeof useFreshDatabase>>;
const figures: Record<string, unknown> = {};
let frozen: number[] = [];

/** The private cluster's postmaster and its children (only ours: read from its own pid file). */
function clusterPids(): number[] {
  const pidFile = path.join(cluster().dir, "data", "postmaster.pid");
  const postmaster = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  const children = fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

function freeze() {
  frozen = clusterPids();
  for (const pid of frozen) process.kill(pid, "SIGSTOP");
}

function thaw() {
  for (const pid of frozen) {
    try {
      process.kill(pid, "SIGCONT");
    } catch {
      // gone
    }
  }
  frozen = [];
}

beforeAll(async () => {
  database = await useFreshDatabase(POOL_MAX);
});

afterAll(async () => {
  thaw();
  report("frozen", figures);
  await database?.drop();
});

describe("PostgreSQL frozen", () => {
  it("queries fail within the client-side timeouts instead of hanging, and the pool recovers when it answers again", async () => {
    // Open every connection of the pool, then freeze the server under them.
    await Promise.all(
      Array.from({ length: POOL_MAX }, () => db.execute(sql`select pg_sleep(0.05)`)),
    );
    freeze();
    try {
      const queryTimeout = env().DATABASE_STATEMENT_TIMEOUT_MS + 2_000;
      // Twice as many queries as connections: some wait for a connection the others free.
      const { ms, value: results } = await timed(() =>
        Promise.all(
          Array.from({ length: POOL_MAX * 2 }, () =>
            timed(() =>
              db.execute(sql`select 1`).then(
                () => "answered",
                (e: unknown) => (e as Error).message,
              ),
            ),
          ),
        ),
      );
      figures.frozenQueriesMs = results.map((r) => r.ms);
      figures.frozenAllFailedAfterMs = ms;
      for (const r of results) expect(r.value).not.toBe("answered");
      for (const r of results) expect(r.ms).toBeGreaterThanOrEqual(queryTimeout - 100);
      // Those that waited for a connection got a new one (a failed one leaves the pool), which
      // could not connect either.
      expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(
        queryTimeout + CONNECT_TIMEOUT_MS + 1_000,
      );
    } finally {
      thaw();
    }
    // The server answers again: so does the pool, at once, on every connection.
    await sleep(200);
    const { ms } = await timed(() =>
      Promise.all(Array.from({ length: POOL_MAX * 3 }, () => db.execute(sql`select 1`))),
    );
    figures.afterThawMs = ms;
    expect(ms).toBeLessThan(2_000);
  });

  it("a new connection to a frozen server fails at the connect timeout", async () => {
    await database.drop(); // closes the pool, so the next query must connect
    database = await useFreshDatabase(POOL_MAX);
    freeze();
    try {
      const { ms, value } = await timed(() =>
        db.execute(sql`select 1`).then(
          () => "answered",
          (e: unknown) => (e as Error).message,
        ),
      );
      figures.frozenConnectMs = ms;
      expect(value).not.toBe("answered");
      expect(ms).toBeLessThan(CONNECT_TIMEOUT_MS + 1_000);
    } finally {
      thaw();
    }
    const { ms } = await timed(() => db.execute(sql`select 1`));
    figures.connectAfterThawMs = ms;
    expect(ms).toBeLessThan(2_000);
  });
});
