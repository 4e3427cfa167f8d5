// `npm run db:migrate` and `npm run db:seed [-- --scale N]`, on PGlite or on DATABASE_URL.
import { closeDatabase, getDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { seedDatabase } from "./seed";
import { env } from "@/lib/env";

async function main() {
  const [command, ...args] = process.argv.slice(2);
  const e = env();
  const handle = getDatabase();
  const where = e.DATABASE_URL
    ? "PostgreSQL (DATABASE_URL)"
    : `the embedded database in ${e.PGLITE_DATA_DIR}`;
  if (command === "migrate") {
    await migrateDatabase(handle, e.DATABASE_URL);
    console.log(`Migrations applied to ${where}.`);
  } else if (command === "seed") {
    const scaleIndex = args.indexOf("--scale");
    const scale = scaleIndex >= 0 ? Number(args[scaleIndex + 1]) : 1;
    if (!Number.isFinite(scale) || scale <= 0 || scale > 1000) {
      throw new Error("--scale takes a number greater than 0 (e.g. --scale 10)");
    }
    await migrateDatabase(handle, e.DATABASE_URL);
    await seedDatabase(handle.db, { scale, log: console.log });
  } else {
    throw new Error("Usage: tsx db/cli.ts migrate | seed [--scale N]");
  }
}

main()
  .then(() => closeDatabase())
  .catch(async (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    await closeDatabase().catch(() => {});
    process.exit(1);
  });
