// The background work of data exports (docs/decisions/006 and 015): claim a requested export once
// across servers (FOR UPDATE SKIP LOCKED), build it, mark it ready and tell the member, or mark it
// failed with a message they can act on; expire ready exports after 7 days and delete their files.
// No "server-only" import: the sweep runs it from instrumentation.ts.
import { and, asc, eq, inArray, isNotNull, lt, lte, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { dataExports } from "@/db/schema";
import { logger } from "@/lib/logger";
import { notify } from "@/lib/notifications/notify";
import { exportStorage } from "@/lib/verification/storage";
import { buildExportArchive, type BuiltExport } from "./build";

const DAY_MS = 86_400_000;
/** A ready export can be downloaded for this long, then it is deleted. */
export const EXPORT_TTL_MS = 7 * DAY_MS;
/** A build still running after this long is taken to have died with its server and is claimed again. */
export const BUILD_LEASE_MS = 15 * 60_000;
/** Builds that died this many times are marked failed instead of claimed again. */
export const MAX_BUILD_ATTEMPTS = 3;

export const EXPORT_FAILED_MESSAGE =
  "We could not prepare your export. Please ask for a new one; if that fails too, try again later.";

interface Claim {
  id: string;
  userId: string;
  attempts: number;
}

export interface ExportWorkResult {
  exportsBuilt: number;
  exportsFailed: number;
  exportsExpired: number;
  exportFilesDeleted: number;
}

/** Takes the oldest due export in one statement; two servers never take the same row. */
async function claimNextExport(now: Date): Promise<Claim | undefined> {
  const due = or(
    eq(dataExports.state, "requested"),
    and(
      eq(dataExports.state, "building"),
      lt(dataExports.startedAt, new Date(now.getTime() - BUILD_LEASE_MS)),
    ),
  );
  const [row] = await db
    .update(dataExports)
    .set({ state: "building", startedAt: now, attempts: sql`${dataExports.attempts} + 1` })
    .where(
      and(
        due,
        inArray(
          dataExports.id,
          db
            .select({ id: dataExports.id })
            .from(dataExports)
            .where(due)
            .orderBy(asc(dataExports.requestedAt))
            .limit(1)
            .for("update", { skipLocked: true }),
        ),
      ),
    )
    .returning({ id: dataExports.id, userId: dataExports.userId, attempts: dataExports.attempts });
  return row;
}

/** Still this claim's build (attempts moves on if another server took it over after the lease). */
function stillOurs(claim: Claim) {
  return and(
    eq(dataExports.id, claim.id),
    eq(dataExports.state, "building"),
    eq(dataExports.attempts, claim.attempts),
  );
}

async function markReady(claim: Claim, built: BuiltExport, now: Date): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + EXPORT_TTL_MS);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(dataExports)
      .set({
        state: "ready",
        storageKey: built.storageKey,
        size: built.size,
        readyAt: now,
        expiresAt,
      })
      .where(stillOurs(claim))
      .returning({ id: dataExports.id });
    if (!row) return false;
    const until = expiresAt.toLocaleDateString("en-US", { dateStyle: "long", timeZone: "UTC" });
    await notify(tx, {
      recipientId: claim.userId,
      type: "data_export",
      data: { outcome: "ready", until },
      email: {
        subject: "Your Landed data export is ready",
        text: `The export of your data that you asked for is ready. Sign in and download it from Settings → Your data until ${until}; then we delete it.`,
        path: "/settings/data",
      },
    });
    return true;
  });
}

async function markFailed(claim: Claim, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(dataExports)
      .set({ state: "failed", failedAt: now, error: EXPORT_FAILED_MESSAGE })
      .where(stillOurs(claim))
      .returning({ id: dataExports.id });
    if (!row) return;
    await notify(tx, {
      recipientId: claim.userId,
      type: "data_export",
      data: { outcome: "failed" },
      email: {
        subject: "We could not prepare your Landed data export",
        text: "Something went wrong on our side while preparing the export of your data. Please ask for a new one in Settings → Your data.",
        path: "/settings/data",
      },
    });
  });
}

/** Claims and builds up to `limit` due exports; returns how many became ready and how many failed. */
export async function buildDueExports(
  limit = 1,
  now = new Date(),
): Promise<{ built: number; failed: number }> {
  let built = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const claim = await claimNextExport(now);
    if (!claim) break;
    if (claim.attempts > MAX_BUILD_ATTEMPTS) {
      await markFailed(claim, now);
      failed++;
      continue;
    }
    let archive: BuiltExport;
    try {
      archive = await buildExportArchive(claim.userId, now);
    } catch (err) {
      logger.error(
        { event: "export.failed", exportId: claim.id, err: String(err) },
        "export build failed",
      );
      await markFailed(claim, now);
      failed++;
      continue;
    }
    if (await markReady(claim, archive, now)) {
      built++;
      logger.info(
        { event: "export.ready", exportId: claim.id, size: archive.size },
        "export ready",
      );
    } else {
      // Another server took this build over after the lease: its file wins, this one goes.
      await exportStorage().delete(archive.storageKey);
    }
  }
  return { built, failed };
}

/** Ready exports past their 7 days become expired (the download already refuses them). */
async function expireExports(now: Date): Promise<number> {
  const rows = await db
    .update(dataExports)
    .set({ state: "expired" })
    .where(and(eq(dataExports.state, "ready"), lte(dataExports.expiresAt, now)))
    .returning({ id: dataExports.id });
  return rows.length;
}

/** Deletes the files of expired and failed exports: the file first, so a crash only repeats it. */
async function deleteExportFiles(limit = 50): Promise<number> {
  const rows = await db
    .select({ id: dataExports.id, storageKey: dataExports.storageKey })
    .from(dataExports)
    .where(
      and(inArray(dataExports.state, ["expired", "failed"]), isNotNull(dataExports.storageKey)),
    )
    .limit(limit);
  const storage = exportStorage();
  for (const row of rows) {
    await storage.delete(row.storageKey!);
    await db
      .update(dataExports)
      .set({ storageKey: null })
      .where(and(eq(dataExports.id, row.id), inArray(dataExports.state, ["expired", "failed"])));
  }
  return rows.length;
}

/** The sweep's part for exports: a build or two (the after-response build is the fast path). */
export async function runExportWork(now = new Date()): Promise<ExportWorkResult> {
  const { built, failed } = await buildDueExports(2, now);
  const exportsExpired = await expireExports(now);
  const exportFilesDeleted = await deleteExportFiles();
  return { exportsBuilt: built, exportsFailed: failed, exportsExpired, exportFilesDeleted };
}
