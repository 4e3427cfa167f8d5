// Runs once when a Next.js server starts (Node.js only): see lib/abort-reasons.ts,
// lib/peer-address.ts and lib/boot.ts.
export async function register() {
  if (
    process.env.NEXT_RUNTIME === "nodejs" &&
    process.env.NEXT_PHASE !== "phase-production-build"
  ) {
    const { releaseAbortReasonFrames } = await import("@/lib/abort-reasons");
    releaseAbortReasonFrames();
    const { stampPeerAddresses } = await import("@/lib/peer-address");
    stampPeerAddresses();
    const { bootServer } = await import("@/lib/boot");
    await bootServer();
  }
}
