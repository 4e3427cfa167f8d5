// `npm run db:migrate` and `npm run db:seed [-- --scale N]`, on PGlite or on DATABASE_URL.
// Runs under tsx, outside Next: server-only domain modules resolve (db/outside-next.ts).
import { resolveServerOnlyOutsideNext } from "./outside-next";

resolveServerOnlyOutsideNext();
const { closeDatabase, getDatabase } = await import("./client");
const { migrateDatabase } = await import("./migrate");
const { seedDatabase } = await import("./seed");
const { seedScale } = await import("./seed/scale");
const { hashPassword } = await import("@/lib/auth/password");
const { env } = await import("@/lib/env");
const { DEMO_PASSWORD } = await import("@/tests/factories");

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
    const scale = scaleIndex >= 0 ? Number(args[scaleIndex + 1]) : undefined;
    if (scale !== undefined && (!Number.isFinite(scale) || scale <= 0 || scale > 100)) {
      throw new Error("--scale takes a number from 0.01 to 100 (e.g. --scale 1, or --scale 10)");
    }
    await migrateDatabase(handle, e.DATABASE_URL);
    await seedDatabase(handle.db, { log: console.log });
    // The benchmark data set (docs/performance.md) on top of the demo: 20,000 members at scale 1.
    if (scale !== undefined) {
      if (!e.DATABASE_URL) {
        console.log(
          "Note: the scale data set is meant for PostgreSQL (DATABASE_URL); on the embedded database it is slow and measured separately.",
        );
      }
      await seedScale(handle.db, scale, {
        passwordHash: await hashPassword(DEMO_PASSWORD),
        log: console.log,
      });
    }
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
