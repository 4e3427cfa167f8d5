// Sends queued email once the response has gone out, so delivery never slows or reveals anything.
import "server-only";
import { after } from "next/server";
import { logger } from "@/lib/logger";
import { deliverPendingEmails } from "./outbox";

/** After the response: `first` (work that writes the emails, if any), then delivery. */
export function deliverEmailsAfterResponse(first?: () => Promise<void>): void {
  after(async () => {
    try {
      await first?.();
      await deliverPendingEmails();
    } catch (err) {
      logger.error({ event: "email.delivery_failed", err: String(err) }, "email delivery failed");
    }
  });
}
