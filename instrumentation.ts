// Runs once when a Next.js server starts: check the environment, migrate, seed an empty demo database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    const { env } = await import("@/lib/env");
    env();
    const { prepareDatabase } = await import("@/db/prepare");
    await prepareDatabase();
  } catch (err) {
    // A server without a valid environment or database would fail every request: stop with the reason.
    console.error(`\nLanded cannot start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
  const { deliverPendingEmails } = await import("@/lib/email/outbox");
  await deliverPendingEmails().catch(() => {});
}
