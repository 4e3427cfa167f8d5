// Each integration test file gets its own copy of the migrated template: PGlite in memory, or a
// PostgreSQL database created from the template database when TEST_DATABASE_URL is set.
import fs from "node:fs";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDatabase, connectPostgres, setDatabase, wrapPglite } from "@/db/client";

let cleanup: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const pgTemplate = inject("postgresTemplate");
  if (pgTemplate) {
    const url = new URL(pgTemplate);
    const template = url.pathname.slice(1);
    const name = `${template}_${randomBytes(4).toString("hex")}`;
    const adminUrl = new URL(pgTemplate);
    adminUrl.pathname = "/postgres";
    const admin = postgres(adminUrl.toString(), { max: 1, onnotice: () => {} });
    // Two files cloning the template at the same moment collide ("being accessed by other users"): retry.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.unsafe(`create database "${name}" template "${template}"`);
        break;
      } catch (err) {
        if (attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
    url.pathname = `/${name}`;
    setDatabase(connectPostgres(url.toString(), { max: 4 }));
    cleanup = async () => {
      await closeDatabase();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
    return;
  }
  const template = new Blob([fs.readFileSync(inject("pgliteTemplate"))]);
  const pg = new PGlite({ loadDataDir: template });
  await pg.waitReady;
  setDatabase(wrapPglite(pg));
  cleanup = closeDatabase;
});

afterAll(async () => {
  await cleanup?.();
});
