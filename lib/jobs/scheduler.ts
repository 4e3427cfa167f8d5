// Runs the sweep at boot and then every minute, never two passes at once in one process.
// No "server-only" import: instrumentation.ts loads this outside the react-server layer.
import { logger } from "@/lib/logger";
import { runSweep } from "./sweep";

export const SWEEP_INTERVAL_MS = 60_000;

const state = globalThis as typeof globalThis & {
  __landedSweep?: { timer: NodeJS.Timeout; running: boolean };
};

async function tick(): Promise<void> {
  const sweep = state.__landedSweep;
  if (!sweep || sweep.running) return; // the last pass is still going: skip this one
  sweep.running = true;
  try {
    const result = await runSweep();
    const exportsMoved = result.exportsBuilt + result.exportsFailed + result.exportsExpired;
    if (
      result.reminders ||
      result.expiryNotices ||
      result.paused ||
      result.emailsSent ||
      result.accountsErased ||
      exportsMoved
    ) {
      logger.info({ event: "sweep.done", ...result }, "background sweep");
    }
  } catch (err) {
    logger.error({ event: "sweep.failed", err: String(err) }, "background sweep failed");
  } finally {
    sweep.running = false;
  }
}

/** Starts the sweep once per process (hot reloads keep the one timer); not during `next build`. */
export function startSweeper(): void {
  if (process.env.NEXT_PHASE === "phase-production-build" || state.__landedSweep) return;
  const timer = setInterval(() => void tick(), SWEEP_INTERVAL_MS);
  timer.unref();
  state.__landedSweep = { timer, running: false };
  void tick();
}
