// Runs once per test run: migrates a template database that every integration test file clones.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { wrapPglite } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    // Never point this at a database holding anything else: it is dropped and re-migrated.
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(
      "drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;",
    );
    await admin.end();
    await migrateDatabase(
      {
        kind: "postgres",
        client: undefined as never,
        db: undefined as never,
        close: async () => {},
      },
      url,
    );
    project.provide("postgresTemplate", url);
    project.provide("pgliteTemplate", "");
    return;
  }
  const pg = new PGlite();
  await migrateDatabase(wrapPglite(pg));
  const dump = await pg.dumpDataDir("none");
  await pg.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "landed-test-")), "template.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteTemplate", file);
  project.provide("postgresTemplate", "");
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
