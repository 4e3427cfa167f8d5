// The one Drizzle database object: PostgreSQL through postgres.js when DATABASE_URL is set,
// otherwise an embedded PGlite in PGLITE_DATA_DIR (docs/decisions/001-database-driver.md).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import lockfile from "proper-lockfile";
import postgres from "postgres";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { socketWithReplyTimeout } from "./reply-timeout";
import { sessionSettings } from "./session-settings";
import * as schema from "./schema";

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseHandle = (
  { kind: "postgres"; client: postgres.Sql } | { kind: "pglite"; client: PGlite }
) & {
  /** Drizzle over `client`, built by the module copy that opened it (see `db` below). */
  db: Db;
  close: () => Promise<void>;
};

export class DatabaseLockedError extends Error {
  constructor(dir: string) {
    super(
      `The embedded database in ${dir} is in use by another Landed process (a running \`npm run dev\` or \`npm start\`). ` +
        "Stop that process first, or run this command against PostgreSQL with DATABASE_URL. " +
        "(If that process crashed, its lock expires within 30 seconds.)",
    );
    this.name = "DatabaseLockedError";
  }
}

/**
 * Benchmark only (`npm run bench` sets LANDED_QUERY_LOG to a file path): every query's text and
 * parameters are kept in memory, and SIGUSR2 writes them to that file and starts a new list, so the
 * benchmark can count and explain the queries of one page. Off (undefined) in every other run.
 */
function queryRecorder(file: string | undefined) {
  if (!file) return undefined;
  let recorded: Array<{ query: string; params: unknown[] }> = [];
  process.on("SIGUSR2", () => {
    fs.writeFileSync(file, JSON.stringify(recorded));
    recorded = [];
  });
  return (_connection: number, query: string, params: unknown[]) => {
    // A page runs a few dozen queries; the benchmark clears the list before each page it counts.
    // Capped low, so hours of load do not fill the server's memory with recorded parameters.
    if (recorded.length < 500) recorded.push({ query, params });
  };
}

/** How long a new connection may take: an unreachable database fails a page in well under 5 s. */
export const CONNECT_TIMEOUT_MS = 3_000;
/** A transaction left open this long is ended by the server (its locks and connection freed). */
export const IDLE_IN_TRANSACTION_TIMEOUT_MS = 10_000;
/** After statement_timeout, how long the server may stay silent before its connection is dropped. */
export const REPLY_GRACE_MS = 2_000;

export function connectPostgres(
  url: string,
  options: { max?: number; statementTimeoutMs?: number } = {},
): DatabaseHandle {
  const e = env();
  const statementTimeoutMs = options.statementTimeoutMs ?? e.DATABASE_STATEMENT_TIMEOUT_MS;
  const recorder = queryRecorder(e.LANDED_QUERY_LOG);
  // postgres.js is patched (patches/postgres+3.4.9.patch, applied by patch-package on install): a
  // connection that dies inside a transaction no longer crashes the process, poisons its pool
  // slot or lets the transaction's later statements run outside it.
  const client = postgres(url, {
    ...(recorder ? { debug: recorder } : {}),
    max: options.max ?? e.DATABASE_POOL_MAX,
    connect_timeout: CONNECT_TIMEOUT_MS / 1000,
    idle_timeout: 30,
    // After a failed connection postgres.js waits before the next attempt, growing to 20 s while
    // the database is down: capped at 0.5 s, so pages fail fast then and recover at once after.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
    // `socket` is documented (README, "Custom socket") but missing from postgres.js's types.
    // A server that stops answering (frozen, a network cut): see db/reply-timeout.ts.
    ...({
      socket: socketWithReplyTimeout(statementTimeoutMs + REPLY_GRACE_MS, () =>
        logger.warn({ event: "db.no_reply" }, "database stopped answering: connection dropped"),
      ),
    } as object),
    onnotice: () => {},
    connection: sessionSettings({
      statementTimeoutMs,
      idleInTransactionTimeoutMs: IDLE_IN_TRANSACTION_TIMEOUT_MS,
      parallelWorkers: e.DATABASE_PARALLEL_WORKERS,
    }),
  });
  const db = drizzlePostgres(client, { schema }) as unknown as Db;
  return { db, kind: "postgres", client, close: () => client.end({ timeout: 5 }) };
}

// PGlite takes no lock of its own: two processes on one folder silently lose rows, so we lock it.
export function openPglite(dataDir: string): DatabaseHandle {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  let release: () => void;
  try {
    release = lockfile.lockSync(dir, {
      realpath: false,
      stale: 30_000,
      update: 10_000,
      // Another process took the folder (this one was frozen past the stale time): stop before losing rows.
      onCompromised: (err) => {
        console.error(`Lost the lock on ${dir}; stopping so two processes never write to it.`, err);
        process.exit(1);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ELOCKED") throw new DatabaseLockedError(dir);
    throw err;
  }
  const client = new PGlite(dir);
  return wrapPglite(client, async () => {
    await client.close();
    release();
  });
}

export function wrapPglite(client: PGlite, close?: () => Promise<void>): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { db, kind: "pglite", client, close: close ?? (() => client.close()) };
}

// One handle per process, kept on globalThis so Next's separate module copies share it.
const globalStore = globalThis as unknown as { __landedDatabase?: DatabaseHandle };

export function getDatabase(): DatabaseHandle {
  if (!globalStore.__landedDatabase) {
    const url = env().DATABASE_URL;
    globalStore.__landedDatabase = url ? connectPostgres(url) : openPglite(env().PGLITE_DATA_DIR);
  }
  return globalStore.__landedDatabase;
}

// Tests install their own in-memory database before any domain code runs.
export function setDatabase(handle: DatabaseHandle | undefined): void {
  globalStore.__landedDatabase = handle;
}

export async function closeDatabase(): Promise<void> {
  const handle = globalStore.__landedDatabase;
  globalStore.__landedDatabase = undefined;
  await handle?.close();
}

// Drizzle over the process's one client, built once per module copy. Next bundles drizzle-orm and
// the schema once per layer (instrumentation, pages, actions), and drizzle tells a column from an
// expression with `instanceof`: through another copy's wrapper every check fails over to a walk up
// the prototype chain, for every value of every row (6 % of a page's server time, measured).
const wrappers = new WeakMap<DatabaseHandle, Db>();

function wrapperOf(handle: DatabaseHandle): Db {
  let wrapper = wrappers.get(handle);
  if (!wrapper) {
    wrapper =
      handle.kind === "postgres"
        ? (drizzlePostgres(handle.client, { schema }) as unknown as Db)
        : (drizzlePglite(handle.client, { schema }) as unknown as Db);
    wrappers.set(handle, wrapper);
  }
  return wrapper;
}

// `db` forwards to the process's handle, opened on first use (never at import, so `next build` does not open it).
export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const real = wrapperOf(getDatabase());
    const value = Reflect.get(real, prop, real) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(real) : value;
  },
});

export { schema };
