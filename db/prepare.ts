// Boot-time preparation shared by the server (instrumentation.ts) and the CLI: migrate, then
// seed an empty embedded database so the first `npm run dev` shows the demo (never in production
// unless SEED_DEMO=true).
import { getDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { isDatabaseEmpty, seedDatabase } from "./seed";
import { env, seedsDemo } from "@/lib/env";

export async function prepareDatabase(log: (line: string) => void = console.log): Promise<void> {
  const e = env();
  const handle = getDatabase();
  await migrateDatabase(handle, e.DATABASE_URL);
  if (seedsDemo(e, handle.kind) && (await isDatabaseEmpty(handle.db))) {
    log("Empty database: seeding the demo data…");
    await seedDatabase(handle.db, { log });
  }
}
