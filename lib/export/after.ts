// Builds a just-requested export once the response has gone out, so the member waits seconds
// rather than for the next sweep (which remains the fallback if this server stops first).
import "server-only";
import { after } from "next/server";
import { deliverPendingEmails } from "@/lib/email/outbox";
import { logger } from "@/lib/logger";
import { buildDueExports } from "./jobs";

export function buildExportsAfterResponse(): void {
  after(async () => {
    try {
      const { built, failed } = await buildDueExports(1);
      // Its "ready" email, now rather than at the next sweep.
      if (built + failed > 0) await deliverPendingEmails();
    } catch (err) {
      logger.error({ event: "export.after_failed", err: String(err) }, "export build failed");
    }
  });
}
