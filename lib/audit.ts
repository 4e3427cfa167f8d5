// Writes the append-only audit trail, always inside the transaction of the action it records.
import type { Tx } from "@/db/client";
import { auditLog } from "@/db/schema";
import { logger } from "@/lib/logger";

export interface AuditInput {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  reason?: string | null;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

export async function recordAudit(tx: Tx, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values(entry);
  logger.info(
    {
      event: "audit",
      action: entry.action,
      actorId: entry.actorId,
      targetType: entry.targetType,
      targetId: entry.targetId,
    },
    "admin action",
  );
}
