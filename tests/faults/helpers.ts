// Shared by the fault tests: hold a table lock so a write stops half-way, find the app's
// connection that waits on it, and time things.
import type postgres from "postgres";

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes a lock on `table` in a transaction of its own and keeps it until `release()`: an app
 * transaction that reaches a write to that table waits there, after its earlier steps.
 */
export async function holdTableLock(
  sql: postgres.Sql,
  table: string,
  mode = "share row exclusive",
): Promise<{ release: () => Promise<void> }> {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const done = sql
    .begin(async (tx) => {
      await tx.unsafe(`lock table "${table}" in ${mode} mode`);
      locked();
      await released;
    })
    .catch(() => {}); // the cluster may stop while it is held
  await Promise.race([isLocked, done]);
  return {
    release: async () => {
      release();
      await done;
    },
  };
}

export interface WaitingBackend {
  pid: number;
  query: string;
}

/** The app's connection (application_name 'landed') in `database` that waits on a lock. */
export async function waitForBlockedBackend(
  sql: postgres.Sql,
  database: string,
  timeoutMs = 10_000,
): Promise<WaitingBackend> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const rows = await sql<WaitingBackend[]>`
      select pid, query from pg_stat_activity
      where datname = ${database} and application_name = 'landed' and wait_event_type = 'Lock'`;
    if (rows[0]) return rows[0];
    await sleep(25);
  }
  throw new Error(
    `No connection of the app waited on a lock in ${database} within ${timeoutMs} ms`,
  );
}

export async function terminate(sql: postgres.Sql, pid: number): Promise<void> {
  const [row] = await sql<{ ok: boolean }[]>`select pg_terminate_backend(${pid}) as ok`;
  if (!row?.ok) throw new Error(`pg_terminate_backend(${pid}) did nothing`);
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: Math.round(performance.now() - start), value };
}

/** Collected figures, printed at the end of each file (and in the report). */
export function report(file: string, figures: Record<string, unknown>): void {
  console.log(`[faults] ${file}: ${JSON.stringify(figures)}`);
}
