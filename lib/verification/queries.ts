// Reads of mentor verification: the admins' queue, a mentor's own evidence, and the one way to
// reach an evidence file's bytes (its owner or an admin; anyone else finds nothing).
import "server-only";
import { and, asc, count, desc, eq, getTableColumns, inArray, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { caseRecords, evidenceFiles, users, type CaseRecord, type User } from "@/db/schema";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { evidenceStorage } from "./storage";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

export const QUEUE_PAGE_SIZE = 50;

export interface EvidenceFileView {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  note: string | null;
  createdAt: Date;
}

export interface VerificationCase {
  caseRecord: CaseRecord;
  mentor: { id: string; displayName: string; handle: string };
  files: EvidenceFileView[];
}

const fileColumns = {
  id: evidenceFiles.id,
  caseRecordId: evidenceFiles.caseRecordId,
  fileName: evidenceFiles.fileName,
  contentType: evidenceFiles.contentType,
  size: evidenceFiles.size,
  note: evidenceFiles.note,
  createdAt: evidenceFiles.createdAt,
};

const caseColumns = getTableColumns(caseRecords);

const liveFile = isNull(evidenceFiles.deletedAt);

const holdsEvidence = sql`exists (select 1 from ${evidenceFiles} where ${evidenceFiles.caseRecordId} = ${caseRecords.id} and ${evidenceFiles.deletedAt} is null)`;

/** When the oldest evidence still held was sent: the queue serves the longest waiting first. */
const waitingSince = sql<Date | null>`(select min(${evidenceFiles.createdAt}) from ${evidenceFiles} where ${evidenceFiles.caseRecordId} = ${caseRecords.id} and ${evidenceFiles.deletedAt} is null)`;

function requireAdmin(viewer: Actor): void {
  if (!hasRoleAtLeast(viewer, "admin")) throw new ForbiddenError("Only an admin can do that.");
}

async function withFiles(
  rows: Array<CaseRecord & { mentorId: string; displayName: string; handle: string }>,
): Promise<VerificationCase[]> {
  if (rows.length === 0) return [];
  const files = await db
    .select(fileColumns)
    .from(evidenceFiles)
    .where(
      and(
        inArray(
          evidenceFiles.caseRecordId,
          rows.map((r) => r.id),
        ),
        liveFile,
      ),
    )
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id));
  return rows.map(({ mentorId, displayName, handle, ...caseRecord }) => ({
    caseRecord,
    mentor: { id: mentorId, displayName, handle },
    files: files
      .filter((f) => f.caseRecordId === caseRecord.id)
      .map(({ caseRecordId: _, ...f }) => f),
  }));
}

/** A case record with the mentor it belongs to, as the admin lists show it. */
const caseWithMentorColumns = {
  ...caseColumns,
  mentorId: users.id,
  displayName: users.displayName,
  handle: users.handle,
};

/**
 * Pending case records that hold evidence, the longest waiting first, with their mentor and files;
 * and how many pending records hold none (nothing to check until the mentor sends a notice; the
 * demo seed makes such records). Admins only.
 */
export async function listVerificationQueue(
  viewer: Actor,
): Promise<{ cases: VerificationCase[]; total: number; withoutEvidence: number }> {
  requireAdmin(viewer);
  const pending = and(eq(caseRecords.verificationStatus, "pending"), holdsEvidence);
  const [rows, [total], [bare]] = await Promise.all([
    db
      .select(caseWithMentorColumns)
      .from(caseRecords)
      .innerJoin(users, eq(users.id, caseRecords.mentorUserId))
      .where(pending)
      .orderBy(sql`${waitingSince} asc`, asc(caseRecords.id))
      .limit(QUEUE_PAGE_SIZE),
    db.select({ n: count() }).from(caseRecords).where(pending),
    db
      .select({ n: count() })
      .from(caseRecords)
      .where(and(eq(caseRecords.verificationStatus, "pending"), sql`not ${holdsEvidence}`)),
  ]);
  return {
    cases: await withFiles(rows),
    total: total?.n ?? 0,
    withoutEvidence: bare?.n ?? 0,
  };
}

/** Decided case records whose evidence is still stored, the latest decision first: to clean up. */
export async function listDecidedWithEvidence(viewer: Actor, limit = 20) {
  requireAdmin(viewer);
  const rows = await db
    .select(caseWithMentorColumns)
    .from(caseRecords)
    .innerJoin(users, eq(users.id, caseRecords.mentorUserId))
    .where(and(inArray(caseRecords.verificationStatus, ["verified", "rejected"]), holdsEvidence))
    .orderBy(desc(caseRecords.verifiedAt), asc(caseRecords.id))
    .limit(limit);
  return withFiles(rows);
}

/** The files still held for one of the viewer's own case records (none for anyone else's). */
export async function getOwnEvidence(
  viewer: Pick<User, "id">,
  caseRecordId: string,
): Promise<EvidenceFileView[]> {
  if (!isUuid(caseRecordId)) return [];
  const rows = await db
    .select(fileColumns)
    .from(evidenceFiles)
    .where(
      and(
        eq(evidenceFiles.caseRecordId, caseRecordId),
        eq(evidenceFiles.ownerId, viewer.id),
        liveFile,
      ),
    )
    .orderBy(asc(evidenceFiles.createdAt), asc(evidenceFiles.id));
  return rows.map(({ caseRecordId: _, ...f }) => f);
}

export interface EvidenceBytes {
  bytes: Buffer;
  contentType: string;
  fileName: string;
}

/**
 * An evidence file's bytes for its owner or an admin. Anyone else, a deleted file and an unknown id
 * all give the same NotFoundError, so a guess learns nothing about which files exist.
 */
export async function readEvidenceFile(viewer: Actor, fileId: string): Promise<EvidenceBytes> {
  if (!isUuid(fileId)) throw new NotFoundError();
  const [row] = await db
    .select({
      ownerId: evidenceFiles.ownerId,
      storageKey: evidenceFiles.storageKey,
      contentType: evidenceFiles.contentType,
      fileName: evidenceFiles.fileName,
    })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.id, fileId), liveFile));
  const isOwner = row?.ownerId === viewer.id;
  if (!row || (!isOwner && !hasRoleAtLeast(viewer, "admin"))) {
    if (row) {
      logger.warn(
        { event: "authz.denied", reason: "evidence_file", actorId: viewer.id, fileId },
        "evidence file refused",
      );
    }
    throw new NotFoundError();
  }
  const bytes = await evidenceStorage().get(row.storageKey);
  if (!bytes) {
    logger.error({ event: "evidence.missing", fileId }, "evidence bytes missing from storage");
    throw new NotFoundError();
  }
  if (!isOwner) {
    logger.info({ event: "evidence.read", actorId: viewer.id, fileId }, "admin read evidence");
  }
  return { bytes, contentType: row.contentType, fileName: row.fileName };
}
