// Runs once when a Next.js server starts (Node.js only): see lib/abort-reasons.ts and lib/boot.ts.
export async function register() {
  if (
    process.env.NEXT_RUNTIME === "nodejs" &&
    process.env.NEXT_PHASE !== "phase-production-build"
  ) {
    const { releaseAbortReasonFrames } = await import("@/lib/abort-reasons");
    releaseAbortReasonFrames();
    const { bootServer } = await import("@/lib/boot");
    await bootServer();
  }
}
