// Writes of mentor verification: a mentor sends evidence for one of their case records, an admin
// verifies or rejects it with a reason (audited, the mentor told), and files are deleted after.
import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { caseRecords, evidenceFiles, type User } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { deleteCaseRecord } from "@/lib/mentors/mutations";
import { requireStaffRole } from "@/lib/moderation/authz";
import { notify } from "@/lib/notifications/notify";
import { checkEvidenceFile, EVIDENCE_FILES_MAX } from "./files";
import { decisionSchema, evidenceUploadSchema, type DecisionInput } from "./schemas";
import { evidenceStorage } from "./storage";
import { enforceRateLimits, type RateLimitRule } from "@/lib/rate-limit";
import { isUuid } from "@/lib/ids";
import type { Actor } from "@/lib/auth/actor";

/** Per member: uploads are 10 MB each, so they are counted by the hour (docs/security.md #30). */
export const verificationRateLimits = {
  uploadsPerUser: { name: "evidence-upload:user", limit: 10, windowSeconds: 60 * 60 },
  deletesPerUser: { name: "evidence-delete:user", limit: 30, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

function caseNotFound(): NotFoundError {
  return new NotFoundError("We could not find this case record among yours.");
}

function fileNotFound(): NotFoundError {
  return new NotFoundError("We could not find this file.");
}

/** How many files a case record still holds (deleted ones are gone for good). */
async function filesHeld(tx: Tx, caseRecordId: string): Promise<number> {
  const [held] = await tx
    .select({ n: count() })
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.caseRecordId, caseRecordId), isNull(evidenceFiles.deletedAt)));
  return held?.n ?? 0;
}

/**
 * Removes bytes that no row points at any more. A failure is logged for cleanup (with `log`),
 * never thrown: what the member asked for is already done, or already refused.
 */
async function deleteBytes(
  key: string,
  log: { event: string; fileId?: string },
  message: string,
): Promise<void> {
  try {
    await evidenceStorage().delete(key);
  } catch (err) {
    logger.error({ ...log, err: { message: (err as Error).message } }, message);
  }
}

export interface EvidenceSubmission {
  caseRecordId: string;
  file: File;
  note?: string;
}

/**
 * Stores a file for one of the actor's own case records and puts the record in the review queue
 * ("pending"). The bytes are checked (type by content, size) before anything is written.
 */
export async function submitEvidence(
  actor: Pick<User, "id">,
  input: EvidenceSubmission,
): Promise<{ fileId: string }> {
  const data = evidenceUploadSchema.parse(input);
  await enforceRateLimits([[verificationRateLimits.uploadsPerUser, actor.id]]);
  const [own] = await db
    .select({ status: caseRecords.verificationStatus })
    .from(caseRecords)
    .where(and(eq(caseRecords.id, data.caseRecordId), eq(caseRecords.mentorUserId, actor.id)));
  if (!own) throw caseNotFound();
  if (own.status === "verified") throw alreadyVerified();
  const bytes = new Uint8Array(await data.file.arrayBuffer());
  const checked = checkEvidenceFile(bytes, data.file.name);

  const storage = evidenceStorage();
  const storageKey = await storage.put(bytes);
  try {
    return await db.transaction(async (tx) => {
      const [record] = await tx
        .select({ status: caseRecords.verificationStatus })
        .from(caseRecords)
        .where(and(eq(caseRecords.id, data.caseRecordId), eq(caseRecords.mentorUserId, actor.id)))
        .for("update");
      if (!record) throw caseNotFound();
      if (record.status === "verified") throw alreadyVerified();
      const held = await filesHeld(tx, data.caseRecordId);
      if (held >= EVIDENCE_FILES_MAX) {
        throw new ConflictError(
          `A case record holds at most ${EVIDENCE_FILES_MAX} files. Delete one to send another.`,
        );
      }
      const [row] = await tx
        .insert(evidenceFiles)
        .values({
          ownerId: actor.id,
          caseRecordId: data.caseRecordId,
          storageKey,
          fileName: checked.fileName,
          contentType: checked.contentType,
          size: checked.size,
          note: data.note ?? null,
        })
        .returning({ id: evidenceFiles.id });
      if (record.status !== "pending") {
        // A new review: the last decision's admin, time and reason belong to the old evidence.
        await tx
          .update(caseRecords)
          .set({
            verificationStatus: "pending",
            verifiedBy: null,
            verifiedAt: null,
            verificationNote: null,
          })
          .where(eq(caseRecords.id, data.caseRecordId));
      }
      return { fileId: row!.id };
    });
  } catch (err) {
    // Nothing points at the stored bytes: remove them, and report the refusal itself.
    await deleteBytes(
      storageKey,
      { event: "evidence.cleanup_failed" },
      "evidence bytes left behind",
    );
    throw err;
  }
}

function alreadyVerified(): ConflictError {
  return new ConflictError("This case record is already verified: there is nothing to send.");
}

/**
 * Deletes a file's bytes and marks its row deleted (the row stays for the audit trail). The owner
 * may delete at any time; deleting the last file of a pending record withdraws it from review. An
 * admin may delete only after the decision, and that is audited. Anyone else: not found.
 */
export async function deleteEvidence(actor: Actor, fileId: string): Promise<void> {
  if (!isUuid(fileId)) throw fileNotFound();
  await enforceRateLimits([[verificationRateLimits.deletesPerUser, actor.id]]);
  const storageKey = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({
        ownerId: evidenceFiles.ownerId,
        storageKey: evidenceFiles.storageKey,
        caseRecordId: evidenceFiles.caseRecordId,
        status: caseRecords.verificationStatus,
      })
      .from(evidenceFiles)
      .innerJoin(caseRecords, eq(caseRecords.id, evidenceFiles.caseRecordId))
      .where(and(eq(evidenceFiles.id, fileId), isNull(evidenceFiles.deletedAt)))
      .for("update", { of: [evidenceFiles, caseRecords] });
    if (!row) throw fileNotFound();
    const isOwner = row.ownerId === actor.id;
    if (!isOwner && !hasRoleAtLeast(actor, "admin")) throw fileNotFound();
    if (!isOwner && row.status !== "verified" && row.status !== "rejected") {
      throw new ConflictError(
        "Decide on this case record first: its evidence stays until it is verified or rejected.",
      );
    }
    await tx
      .update(evidenceFiles)
      .set({ deletedAt: new Date() })
      .where(eq(evidenceFiles.id, fileId));
    if (isOwner && row.status === "pending") {
      const left = await filesHeld(tx, row.caseRecordId);
      if (left === 0) {
        await tx
          .update(caseRecords)
          .set({ verificationStatus: "unverified" })
          .where(eq(caseRecords.id, row.caseRecordId));
      }
    }
    if (!isOwner) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "verification.evidence_delete",
        targetType: "evidence_file",
        targetId: fileId,
        metadata: { caseRecordId: row.caseRecordId, ownerId: row.ownerId },
      });
    }
    return row.storageKey;
  });
  // The row says deleted and nothing reaches these bytes any more; report them for cleanup.
  await deleteBytes(
    storageKey,
    { event: "evidence.delete_failed", fileId },
    "evidence bytes not deleted",
  );
}

/**
 * Deletes one of the actor's case records and the bytes of its evidence: the rows go with the
 * record (a cascade), and without this the files would stay on disk with nothing pointing at them.
 */
export async function deleteCaseRecordWithEvidence(actor: Actor, id: string): Promise<void> {
  const held = isUuid(id)
    ? await db
        .select({ key: evidenceFiles.storageKey })
        .from(evidenceFiles)
        .where(
          and(
            eq(evidenceFiles.caseRecordId, id),
            eq(evidenceFiles.ownerId, actor.id),
            isNull(evidenceFiles.deletedAt),
          ),
        )
    : [];
  await deleteCaseRecord(actor, id);
  for (const { key } of held) {
    await deleteBytes(key, { event: "evidence.delete_failed" }, "evidence bytes not deleted");
  }
}

/**
 * An admin's decision on a pending case record: verified (only with evidence held), or rejected
 * with a reason the mentor reads. Audited and notified in the same transaction; a second decision on the same record
 * (two admins at once) is a conflict.
 */
export async function decideVerification(actor: Actor, input: DecisionInput): Promise<void> {
  const targetId = typeof input.caseRecordId === "string" ? input.caseRecordId.slice(0, 64) : "";
  await requireStaffRole(actor, "admin", {
    action: "verification.decide",
    targetType: "case_record",
    targetId,
  });
  const data = decisionSchema.parse(input);
  const status = data.decision === "verify" ? "verified" : "rejected";
  await db.transaction(async (tx) => {
    const [record] = await tx
      .select({
        status: caseRecords.verificationStatus,
        mentorUserId: caseRecords.mentorUserId,
      })
      .from(caseRecords)
      .where(eq(caseRecords.id, data.caseRecordId))
      .for("update");
    if (!record) throw new NotFoundError("This case record no longer exists.");
    if (record.status !== "pending") {
      throw new ConflictError(
        "This case record is no longer waiting for review: another admin decided, or the mentor changed it.",
      );
    }
    if (status === "verified") {
      // The badge is worth only the evidence behind it: no file, nothing to verify.
      const held = await filesHeld(tx, data.caseRecordId);
      if (held === 0) {
        throw new ConflictError(
          "This case record holds no evidence to check. It can be verified once the mentor sends a notice.",
        );
      }
    }
    await tx
      .update(caseRecords)
      .set({
        verificationStatus: status,
        verifiedBy: actor.id,
        verifiedAt: new Date(),
        verificationNote: data.reason ?? null,
      })
      .where(eq(caseRecords.id, data.caseRecordId));
    await recordAudit(tx, {
      actorId: actor.id,
      action: `verification.${data.decision}`,
      targetType: "case_record",
      targetId: data.caseRecordId,
      reason: data.reason ?? null,
      before: { verificationStatus: record.status },
      after: { verificationStatus: status },
      metadata: { mentorUserId: record.mentorUserId },
    });
    // The admin stays anonymous to the mentor: "Landed verified your case".
    await notify(tx, {
      recipientId: record.mentorUserId,
      type: status === "verified" ? "verification_verified" : "verification_rejected",
      data:
        status === "verified"
          ? { caseRecordId: data.caseRecordId }
          : { caseRecordId: data.caseRecordId, reason: data.reason ?? null },
      email:
        status === "verified"
          ? {
              subject: "Your case record is verified",
              text: "An admin checked your evidence. Your case record now carries the “Verified outcome” badge on your profile and in applicants' matches.",
              path: "/profile/mentor",
            }
          : {
              subject: "We could not verify your case record",
              text: "An admin could not verify your case record from the evidence you sent. The reason is on your mentor profile, where you can send new evidence.",
              path: "/profile/mentor",
            },
    });
  });
}
