// Runs once when a Next.js server starts (Node.js only): see lib/boot.ts.
export async function register() {
  if (
    process.env.NEXT_RUNTIME === "nodejs" &&
    process.env.NEXT_PHASE !== "phase-production-build"
  ) {
    const { bootServer } = await import("@/lib/boot");
    await bootServer();
  }
}
