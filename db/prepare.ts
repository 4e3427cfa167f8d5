// Boot-time preparation shared by the server (instrumentation.ts) and the CLI: migrate, then
// seed an empty embedded database so the first `npm run dev` shows the demo.
import { getDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { isDatabaseEmpty, seedDatabase } from "./seed";
import { env } from "@/lib/env";

export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const e = env();
  const handle = getDatabase();
  await migrateDatabase(handle, e.DATABASE_URL);
  const seedEmpty = e.SEED_EMPTY_DATABASE
    ? e.SEED_EMPTY_DATABASE === "true"
    : handle.kind === "pglite";
  if (seedEmpty && (await isDatabaseEmpty(handle.db))) {
    log("Empty database: seeding the demo data…");
    await seedDatabase(handle.db, { log });
  }
}
