// Writes the append-only audit trail, always inside the transaction of the action it records.
import { and, desc, eq, gte, sql } from "drizzle-orm";
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

const HOUR_MS = 3_600_000;

/**
 * A refused staff action: the first of the hour for this actor and attempted action is a new
 * row, the rest raise its count (`audit_log_count_denial`, the one change the append-only
 * trigger allows). The lock makes two refusals at once count on the same row.
 */
export async function recordDenial(
  tx: Tx,
  entry: Omit<AuditInput, "action" | "metadata"> & {
    metadata: { attempted: string } & Record<string, unknown>;
  },
  now = new Date(),
): Promise<void> {
  const attempted = entry.metadata.attempted;
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`audit-denied:${entry.actorId}:${attempted}`}))`,
  );
  const hour = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const [current] = await tx
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.action, "denied"),
        entry.actorId === null
          ? sql`${auditLog.actorId} is null`
          : eq(auditLog.actorId, entry.actorId),
        sql`${auditLog.metadata} ->> 'attempted' = ${attempted}`,
        gte(auditLog.createdAt, hour),
      ),
    )
    .orderBy(desc(auditLog.id))
    .limit(1);
  logger.warn({ event: "authz.denied", actorId: entry.actorId, attempted }, "staff action denied");
  if (current) {
    await tx.execute(
      sql`select audit_log_count_denial(${current.id}, ${now.toISOString()}::timestamptz)`,
    );
    return;
  }
  await tx.insert(auditLog).values({
    ...entry,
    action: "denied",
    metadata: { ...entry.metadata, count: 1 },
    createdAt: now,
  });
}
