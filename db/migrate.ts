// Applies the committed migrations in db/migrations; safe to run any number of times.
import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DatabaseHandle } from "./client";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any constant works; it only has to be the same for every server starting at once.
const MIGRATION_LOCK_KEY = 4_207_2026;

export async function migrateDatabase(handle: DatabaseHandle, postgresUrl?: string): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  if (!postgresUrl) throw new Error("migrateDatabase needs the PostgreSQL URL");
  // One connection, holding an advisory lock, so several servers booting together migrate once.
  const client = postgres(postgresUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
