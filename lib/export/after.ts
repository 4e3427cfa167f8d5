// Builds a just-requested export once the response has gone out, so the member waits seconds
// rather than for the next sweep (which remains the fallback if this server stops first).
import "server-only";
import { after } from "next/server";
import { logger } from "@/lib/logger";
import { buildDueExports } from "./jobs";

export function buildExportsAfterResponse(): void {
  after(async () => {
    try {
      await buildDueExports(1);
    } catch (err) {
      logger.error({ event: "export.after_failed", err: String(err) }, "export build failed");
    }
  });
}
