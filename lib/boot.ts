// Server start-up: check the environment, migrate, seed an empty demo database, then start the
// background sweep (reminders, expiry notices, pausing, due email) at once and every minute.
import { prepareDatabase } from "@/db/prepare";
import { env } from "@/lib/env";
import { startSweeper } from "@/lib/jobs/scheduler";
import { listenForPublicChanges } from "@/lib/public-cache/listener";

export async function bootServer(): Promise<void> {
  try {
    env();
    await prepareDatabase();
  } catch (err) {
    // A server without a valid environment or database would fail every request: stop with the reason.
    console.error(`\nLanded cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  startSweeper();
  await listenForPublicChanges();
}
