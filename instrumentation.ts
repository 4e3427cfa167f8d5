// Runs once when a Next.js server starts: check the environment, migrate, seed an empty demo database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  env();
  const { prepareDatabase } = await import("@/db/prepare");
  await prepareDatabase();
  const { deliverPendingEmails } = await import("@/lib/email/outbox");
  await deliverPendingEmails().catch(() => {});
}
