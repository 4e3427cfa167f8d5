// Reading a member's exports: the list on Settings → Your data, and the one way to the ZIP's bytes
// (its owner, while it is ready and not expired; anyone else finds nothing).
import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { dataExports, type DataExportState, type User } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { exportStorage, type StoredStream } from "@/lib/verification/storage";
import { isUuid } from "@/lib/ids";

export interface ExportView {
  id: string;
  /** As the member should see it: a ready export past its expiry reads as expired. */
  state: DataExportState;
  requestedAt: Date;
  readyAt: Date | null;
  expiresAt: Date | null;
  size: number | null;
  error: string | null;
}

/** The member's latest exports, newest first. */
export async function listOwnExports(
  viewer: Pick<User, "id">,
  now = new Date(),
): Promise<ExportView[]> {
  const rows = await db
    .select({
      id: dataExports.id,
      state: dataExports.state,
      requestedAt: dataExports.requestedAt,
      readyAt: dataExports.readyAt,
      expiresAt: dataExports.expiresAt,
      size: dataExports.size,
      error: dataExports.error,
    })
    .from(dataExports)
    .where(eq(dataExports.userId, viewer.id))
    .orderBy(desc(dataExports.requestedAt), desc(dataExports.id))
    .limit(5);
  return rows.map((row) => ({
    ...row,
    state: row.state === "ready" && row.expiresAt && row.expiresAt <= now ? "expired" : row.state,
  }));
}

/** Thrown for the owner's own export once it has expired: the route says so instead of 404. */
export class ExportExpiredError extends NotFoundError {
  constructor() {
    super("This export has expired. Ask for a new one in Settings → Your data.");
  }
}

/**
 * The ZIP of one of the viewer's exports, streamed from storage. Another member's export, an
 * unknown id and one not ready give the same NotFoundError; the owner's expired one, ExportExpiredError.
 */
export async function openOwnExport(
  viewer: Pick<User, "id">,
  exportId: string,
  now = new Date(),
): Promise<StoredStream & { requestedAt: Date }> {
  if (!isUuid(exportId)) throw new NotFoundError();
  const [row] = await db
    .select({
      userId: dataExports.userId,
      state: dataExports.state,
      storageKey: dataExports.storageKey,
      expiresAt: dataExports.expiresAt,
      requestedAt: dataExports.requestedAt,
    })
    .from(dataExports)
    .where(eq(dataExports.id, exportId));
  if (!row || row.userId !== viewer.id) {
    if (row) {
      logger.warn(
        { event: "authz.denied", reason: "data_export", actorId: viewer.id, exportId },
        "data export refused",
      );
    }
    throw new NotFoundError();
  }
  if (row.state === "expired" || (row.state === "ready" && row.expiresAt! <= now)) {
    throw new ExportExpiredError();
  }
  if (row.state !== "ready" || !row.storageKey) throw new NotFoundError();
  const stored = await exportStorage().open(row.storageKey);
  if (!stored) {
    logger.error({ event: "export.missing", exportId }, "export file missing from storage");
    throw new NotFoundError();
  }
  return { ...stored, requestedAt: row.requestedAt };
}
