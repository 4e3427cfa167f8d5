import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { inject } from "vitest";
import { db, getDatabase } from "@/db/client";
import { migrateDatabase, migrationsFolder } from "@/db/migrate";
import { insertUser, reloadUser } from "./helpers";

type Row = Record<string, unknown>;

async function rows(query: ReturnType<typeof sql>): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as Row[] | { rows: Row[] };
  return Array.isArray(result) ? [...result] : result.rows;
}

/** The URL of this file's own database (postgres mode), or undefined for PGlite. */
async function ownDatabaseUrl(): Promise<string | undefined> {
  const template = inject("postgresTemplate");
  if (!template) return undefined;
  const [row] = await rows(sql`select current_database() as name`);
  const url = new URL(template);
  url.pathname = `/${String(row!.name)}`;
  return url.toString();
}

async function schemaSnapshot() {
  return {
    columns: await rows(sql`
      select table_name, column_name, data_type, is_nullable, column_default
      from information_schema.columns where table_schema = 'public' order by 1, 2`),
    indexes: await rows(
      sql`select indexname, indexdef from pg_indexes where schemaname = 'public' order by 1`,
    ),
    constraints: await rows(sql`
      select conname, pg_get_constraintdef(c.oid) as def from pg_constraint c
      join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' order by 1`),
    triggers: await rows(sql`select tgname from pg_trigger where not tgisinternal order by 1`),
    migrations: await rows(
      sql`select hash, created_at from drizzle.__drizzle_migrations order by id`,
    ),
  };
}

describe("migrateDatabase", () => {
  it("applied every committed migration once", async () => {
    const journal = JSON.parse(
      fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
    ) as {
      entries: unknown[];
    };
    const applied = await rows(sql`select hash from drizzle.__drizzle_migrations`);
    expect(applied).toHaveLength(journal.entries.length);
  });

  it("run again on a migrated database succeeds and changes nothing", async () => {
    const user = await insertUser();
    const before = await schemaSnapshot();
    expect(before.columns.length).toBeGreaterThan(10);
    expect(before.triggers.length).toBeGreaterThan(0);

    await migrateDatabase(getDatabase(), await ownDatabaseUrl());
    await migrateDatabase(getDatabase(), await ownDatabaseUrl());

    expect(await schemaSnapshot()).toEqual(before);
    expect(await reloadUser(user.id)).toEqual(user);
  });
});
