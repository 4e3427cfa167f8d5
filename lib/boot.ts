// Server start-up: check the environment, migrate, seed an empty demo database, send due email.
import { prepareDatabase } from "@/db/prepare";
import { deliverPendingEmails } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

export async function bootServer(): Promise<void> {
  try {
    env();
    await prepareDatabase();
  } catch (err) {
    // A server without a valid environment or database would fail every request: stop with the reason.
    console.error(`\nLanded cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  await deliverPendingEmails().catch((err: unknown) =>
    logger.error({ event: "email.delivery_failed", err: String(err) }, "email delivery failed"),
  );
}
