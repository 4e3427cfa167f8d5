// Timeouts set on every connection (db/client.ts): a slow statement is cut by statement_timeout
// (DATABASE_STATEMENT_TIMEOUT_MS, 2 s in this run), a statement stuck behind a lock too, and a
// transaction left idle is ended by the server (idle_in_transaction_session_timeout, 10 s) with
// its locks. Afterwards the pool answers at once, with no connection left busy.
import { eq, sql } from "drizzle-orm";
import type postgres from "postgres";
import { connectPostgres, db, IDLE_IN_TRANSACTION_TIMEOUT_MS } from "@/db/client";
import { appSettings, communityPosts, users } from "@/db/schema";
import { reply } from "@/lib/community/posting";
import { env } from "@/lib/env";
import { ask, key, member } from "@/tests/integration/community-fixtures";
import { adminSql, useFreshDatabase } from "./database";
import { report, sleep, timed } from "./helpers";

const POOL_MAX = 4;
let database: Awaited<ReturnType<typeof useFreshDatabase>>;
let admin: postgres.Sql;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  database = await useFreshDatabase(POOL_MAX);
  admin = adminSql(database.name);
});

afterAll(async () => {
  report("timeouts", figures);
  await admin?.end();
  await database?.drop();
});

/** The PostgreSQL error code, wherever Drizzle put it (the error or its cause). */
function pgCode(err: unknown): string | undefined {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code ?? e?.cause?.code;
}

async function busyConnections(): Promise<number> {
  const [row] = await admin<{ n: number }[]>`
    select count(*)::int as n from pg_stat_activity
    where datname = ${database.name} and application_name = 'landed' and state <> 'idle'`;
  return row!.n;
}

/** Every connection of the pool at once, each answering promptly. */
async function expectHealthyPool() {
  const { ms } = await timed(() =>
    Promise.all(Array.from({ length: POOL_MAX * 5 }, (_, i) => db.execute(sql`select ${i}::int`))),
  );
  expect(ms).toBeLessThan(2_000);
  expect(await busyConnections()).toBe(0);
  return ms;
}

describe("statement_timeout", () => {
  it("is set on every connection from DATABASE_STATEMENT_TIMEOUT_MS", async () => {
    const rows = (await db.execute(sql`show statement_timeout`)) as unknown as {
      statement_timeout: string;
    }[];
    expect(rows[0]!.statement_timeout).toBe(`${env().DATABASE_STATEMENT_TIMEOUT_MS / 1000}s`);
  });

  it("runs every connection without parallel workers unless DATABASE_PARALLEL_WORKERS asks", async () => {
    const rows = (await db.execute(sql`show max_parallel_workers_per_gather`)) as unknown as {
      max_parallel_workers_per_gather: string;
    }[];
    expect(env().DATABASE_PARALLEL_WORKERS).toBe(0);
    expect(rows[0]!.max_parallel_workers_per_gather).toBe("0");
  });

  it("cuts a slow query, on every connection of the pool at once, and the pool stays healthy", async () => {
    const limit = env().DATABASE_STATEMENT_TIMEOUT_MS;
    const { ms, value: results } = await timed(() =>
      Promise.allSettled(
        Array.from({ length: POOL_MAX }, () => db.execute(sql`select pg_sleep(30)`)),
      ),
    );
    figures.slowQueriesCutAfterMs = ms;
    for (const r of results) {
      expect(r.status).toBe("rejected");
      expect(pgCode((r as PromiseRejectedResult).reason)).toBe("57014"); // query_canceled
    }
    expect(ms).toBeGreaterThanOrEqual(limit - 100);
    expect(ms).toBeLessThan(limit + 1_500);
    figures.poolAfterSlowQueriesMs = await expectHealthyPool();
  });

  it("cuts a write stuck behind a row lock: the request fails instead of hanging, and writes nothing", async () => {
    const asker = await member();
    const helper = await member();
    const thread = await ask(asker);
    // Someone else holds the helper's row (a long admin transaction, say).
    let release!: () => void;
    const held = admin.begin(async (tx) => {
      await tx`select id from users where id = ${helper.id} for update`;
      await new Promise<void>((r) => (release = r));
    });
    await sleep(100);
    const { ms, value: err } = await timed(() =>
      reply(helper, { threadId: thread.threadId, body: "Stuck?", idempotencyKey: key() }).then(
        () => null,
        (e: unknown) => e,
      ),
    );
    release();
    await held;
    figures.lockedWriteCutAfterMs = ms;
    expect(pgCode(err)).toBe("57014");
    expect(ms).toBeLessThan(env().DATABASE_STATEMENT_TIMEOUT_MS + 1_500);
    expect(
      await db.select().from(communityPosts).where(eq(communityPosts.authorId, helper.id)),
    ).toEqual([]);
    await expectHealthyPool();
  });
});

describe("idle_in_transaction_session_timeout", () => {
  it("ends a transaction left idle, frees its locks, and its later statements land nowhere, not even in the next transaction on the pool", async () => {
    // One connection, so the next transaction would get the same slot.
    const single = connectPostgres(database.url, { max: 1 });
    const probe = await member();
    try {
      const started = Date.now();
      const stalled = single.db
        .transaction(async (tx) => {
          await tx.insert(appSettings).values({ key: "probe-a1", value: 1 });
          await tx.select().from(users).where(eq(users.id, probe.id)).for("update");
          await sleep(IDLE_IN_TRANSACTION_TIMEOUT_MS + 2_000); // the server ends it at 10 s
          await tx.insert(appSettings).values({ key: "probe-a2", value: 2 });
        })
        .then(
          () => null,
          (e: unknown) => e,
        );

      // Its row lock is freed when the server ends it: wait for that, without waiting for the app.
      const idleInTransaction = async () => {
        const [row] = await admin<{ idle: boolean }[]>`
          select exists (select 1 from pg_stat_activity
            where datname = ${database.name} and application_name = 'landed'
              and state = 'idle in transaction') as idle`;
        return row!.idle;
      };
      while (!(await idleInTransaction())) await sleep(20);
      const idleSince = Date.now();
      while (await idleInTransaction()) await sleep(100);
      const freedAfterMs = Date.now() - idleSince;
      expect(Date.now() - started).toBeLessThan(IDLE_IN_TRANSACTION_TIMEOUT_MS + 2_000);
      figures.idleTransactionEndedAfterMs = freedAfterMs;
      expect(freedAfterMs).toBeGreaterThanOrEqual(IDLE_IN_TRANSACTION_TIMEOUT_MS - 200);
      expect(freedAfterMs).toBeLessThan(IDLE_IN_TRANSACTION_TIMEOUT_MS + 1_500);
      const [nowait] = await admin.begin(
        (tx) => tx`select id from users where id = ${probe.id} for update nowait`,
      );
      expect(nowait).toEqual({ id: probe.id });

      // The next transaction on this pool starts while the stalled one still thinks it is open.
      const next = single.db
        .transaction(async (tx) => {
          await tx.insert(appSettings).values({ key: "probe-b1", value: 3 });
          await sleep(2_500); // the stalled transaction wakes up meanwhile
          throw new Error("the second transaction changes its mind");
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      const [stalledErr, nextErr] = await Promise.all([stalled, next]);
      expect(stalledErr).toBeInstanceOf(Error);
      expect((nextErr as Error).message).toBe("the second transaction changes its mind");
      // Nothing of either: the stalled transaction's statements never ran inside the other one.
      const rows = await db.select().from(appSettings);
      expect(rows.filter((r) => r.key.startsWith("probe-"))).toEqual([]);

      // And the single-connection pool works again.
      const { ms } = await timed(() => single.db.execute(sql`select 1`));
      figures.singlePoolNextQueryMs = ms;
      expect(ms).toBeLessThan(1_000);
    } finally {
      await single.close();
    }
    figures.poolAfterIdleTimeoutMs = await expectHealthyPool();
  });
});
