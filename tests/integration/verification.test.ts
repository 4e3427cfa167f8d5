// Mentor verification end to end in the data layer: evidence in, an admin's decision out, the badge
// where members see mentors, and who may read or delete a file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import {
  applicantProfiles,
  auditLog,
  caseRecords,
  emailOutbox,
  evidenceFiles,
  notifications,
  type User,
} from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { getMentorMatches } from "@/lib/matching/queries";
import { getMentorSummaries } from "@/lib/mentors/queries";
import {
  decideVerification,
  deleteCaseRecordWithEvidence,
  deleteEvidence,
  submitEvidence,
} from "@/lib/verification/mutations";
import {
  getOwnEvidence,
  listDecidedWithEvidence,
  listVerificationQueue,
  readEvidenceFile,
} from "@/lib/verification/queries";
import { LocalDiskStorage, setEvidenceStorage } from "@/lib/verification/storage";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "landed-evidence-"));
  setEvidenceStorage(new LocalDiskStorage(dir));
});

afterAll(() => {
  setEvidenceStorage(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n", "latin1");

function pdf(
  name = "I-797 approval.pdf",
  bytes: Uint8Array<ArrayBuffer> = new Uint8Array(PDF),
): File {
  return new File([bytes], name, { type: "application/pdf" });
}

/** Every stored file under the storage directory. */
function storedFiles(): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .flatMap((e) => (e.isFile() ? [path.join(e.parentPath, e.name)] : []));
}

async function mentorWithCase(): Promise<{ mentor: User; caseId: string }> {
  const mentor = await insertMentor({}, [{ pathway: "eb1a", outcome: "approved" }]);
  const [record] = await db
    .select({ id: caseRecords.id })
    .from(caseRecords)
    .where(eq(caseRecords.mentorUserId, mentor.id));
  return { mentor, caseId: record!.id };
}

async function caseRow(id: string) {
  const [row] = await db.select().from(caseRecords).where(eq(caseRecords.id, id));
  return row!;
}

async function auditFor(targetId: string) {
  return db.select().from(auditLog).where(eq(auditLog.targetId, targetId));
}

async function pendingCase() {
  const { mentor, caseId } = await mentorWithCase();
  const { fileId } = await submitEvidence(mentor, {
    caseRecordId: caseId,
    file: pdf(),
    note: "Page 1 shows the classification.",
  });
  return { mentor, caseId, fileId };
}

describe("sending evidence", () => {
  it("puts the owner's record in review and stores the file under a random key", async () => {
    const before = storedFiles().length;
    const { mentor, caseId, fileId } = await pendingCase();
    expect((await caseRow(caseId)).verificationStatus).toBe("pending");

    const [row] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, fileId));
    expect(row).toMatchObject({
      ownerId: mentor.id,
      caseRecordId: caseId,
      fileName: "I-797 approval.pdf",
      contentType: "application/pdf",
      size: PDF.byteLength,
      note: "Page 1 shows the classification.",
      deletedAt: null,
    });
    expect(row!.storageKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = storedFiles();
    expect(stored).toHaveLength(before + 1);
    expect(stored.some((f) => f.endsWith(row!.storageKey))).toBe(true);
    expect(stored.some((f) => f.includes("I-797"))).toBe(false);

    const own = await readEvidenceFile(mentor, fileId);
    expect(Buffer.from(own.bytes).equals(PDF)).toBe(true);
    expect(own.contentType).toBe("application/pdf");
    expect((await getOwnEvidence(mentor, caseId)).map((f) => f.id)).toEqual([fileId]);
  });

  it("refuses another member's case record, and stores nothing", async () => {
    const { caseId } = await mentorWithCase();
    const stranger = await insertMentor({}, [{ pathway: "eb1a" }]);
    const before = storedFiles().length;
    await expect(
      submitEvidence(stranger, { caseRecordId: caseId, file: pdf() }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(storedFiles()).toHaveLength(before);
    expect((await caseRow(caseId)).verificationStatus).toBe("unverified");
    expect(await getOwnEvidence(stranger, caseId)).toEqual([]);
  });

  it("judges the type by the bytes: HTML named .pdf, empty and oversize files are refused", async () => {
    const { mentor, caseId } = await mentorWithCase();
    const before = storedFiles().length;
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    await expect(
      submitEvidence(mentor, { caseRecordId: caseId, file: pdf("notice.pdf", html) }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      submitEvidence(mentor, { caseRecordId: caseId, file: pdf("empty.pdf", new Uint8Array(0)) }),
    ).rejects.toBeInstanceOf(z.ZodError);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    await expect(
      submitEvidence(mentor, { caseRecordId: caseId, file: pdf("big.pdf", big) }),
    ).rejects.toBeInstanceOf(z.ZodError);
    expect(storedFiles()).toHaveLength(before);
    expect((await caseRow(caseId)).verificationStatus).toBe("unverified");
  });

  it("refuses a receipt number in the note; Landed never keeps one", async () => {
    const { mentor, caseId } = await mentorWithCase();
    await expect(
      submitEvidence(mentor, { caseRecordId: caseId, file: pdf(), note: "Receipt EAC2190012345" }),
    ).rejects.toThrow(/receipt number/);
    expect(await getOwnEvidence(mentor, caseId)).toEqual([]);
  });

  it("refuses a form that adds fields such as status", async () => {
    const { mentor, caseId } = await mentorWithCase();
    const crafted = { caseRecordId: caseId, file: pdf(), verificationStatus: "verified" };
    await expect(submitEvidence(mentor, crafted)).rejects.toBeInstanceOf(z.ZodError);
    expect((await caseRow(caseId)).verificationStatus).toBe("unverified");
  });
});

describe("reading a file", () => {
  it("is for the uploader and admins; anyone else finds nothing, as for an unknown id", async () => {
    const { fileId } = await pendingCase();
    const admin = await insertUser({ role: "admin" });
    expect((await readEvidenceFile(admin, fileId)).contentType).toBe("application/pdf");

    const member = await insertUser();
    const moderator = await insertUser({ role: "moderator" });
    const refusals = await Promise.all(
      [
        readEvidenceFile(member, fileId),
        readEvidenceFile(moderator, fileId),
        readEvidenceFile(admin, crypto.randomUUID()),
        readEvidenceFile(admin, "../../etc/passwd"),
      ].map((p) =>
        p.then(
          () => null,
          (err: unknown) => err,
        ),
      ),
    );
    for (const err of refusals) {
      expect(err).toBeInstanceOf(NotFoundError);
      expect((err as Error).message).toBe(new NotFoundError().message);
    }
  });
});

describe("the admin's decision", () => {
  it("verifies: status, who and when, an audit row, the mentor told, and the badge in matches", async () => {
    const { mentor, caseId } = await pendingCase();
    const admin = await insertUser({ role: "admin" });
    const applicant = await insertUser();
    await db
      .insert(applicantProfiles)
      .values({ userId: applicant.id, targetPathways: ["eb1a"], languages: ["en"] });

    const matchOf = async () =>
      (await getMentorMatches(applicant, { limit: 500 }))?.find(
        (m) => m.mentor.userId === mentor.id,
      );
    const before = await matchOf();
    expect(before?.mentor.verified).toBe(false);
    expect(before?.reasons.map((r) => r.code)).not.toContain("verified_outcome");

    await decideVerification(admin, { caseRecordId: caseId, decision: "verify" });

    const row = await caseRow(caseId);
    expect(row).toMatchObject({
      verificationStatus: "verified",
      verifiedBy: admin.id,
      verificationNote: null,
    });
    expect(Date.now() - row.verifiedAt!.getTime()).toBeLessThan(60_000);

    const [summary] = await getMentorSummaries(applicant, [mentor.id]);
    expect(summary!.verified).toBe(true);
    expect(summary!.cases[0]!.verified).toBe(true);
    const after = await matchOf();
    expect(after?.mentor.verified).toBe(true);
    expect(after?.reasons.map((r) => r.code)).toContain("verified_outcome");
    expect(after!.score).toBeGreaterThan(before!.score);

    expect(await auditFor(caseId)).toEqual([
      expect.objectContaining({
        actorId: admin.id,
        action: "verification.verify",
        targetType: "case_record",
        before: { verificationStatus: "pending" },
        after: { verificationStatus: "verified" },
        metadata: { mentorUserId: mentor.id },
      }),
    ]);
    const told = await db
      .select()
      .from(notifications)
      .where(eq(notifications.recipientId, mentor.id));
    expect(told).toEqual([
      expect.objectContaining({ type: "verification_verified", actorId: null }),
    ]);
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.to, mentor.email));
    expect(email?.subject).toBe("Your case record is verified");
  });

  it("is for admins: a moderator's and a member's attempts change nothing and are audited as denied", async () => {
    const { mentor, caseId } = await pendingCase();
    const moderator = await insertUser({ role: "moderator" });
    await expect(
      decideVerification(moderator, { caseRecordId: caseId, decision: "verify" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      decideVerification(mentor, { caseRecordId: caseId, decision: "verify" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await caseRow(caseId)).verificationStatus).toBe("pending");
    const denied = await auditFor(caseId);
    expect(denied.map((a) => [a.action, a.actorId, a.metadata?.attempted])).toEqual(
      expect.arrayContaining([
        ["denied", moderator.id, "verification.decide"],
        ["denied", mentor.id, "verification.decide"],
      ]),
    );
    expect(denied).toHaveLength(2);
  });

  it("needs a reason to reject; the mentor reads it", async () => {
    const { mentor, caseId } = await pendingCase();
    const admin = await insertUser({ role: "admin" });
    await expect(
      decideVerification(admin, { caseRecordId: caseId, decision: "reject" }),
    ).rejects.toBeInstanceOf(z.ZodError);
    await expect(
      decideVerification(admin, { caseRecordId: caseId, decision: "reject", reason: "   " }),
    ).rejects.toBeInstanceOf(z.ZodError);
    expect((await caseRow(caseId)).verificationStatus).toBe("pending");
    expect(await auditFor(caseId)).toEqual([]);

    const reason = "The notice is for an I-140 under EB-2, not EB-1A.";
    await decideVerification(admin, { caseRecordId: caseId, decision: "reject", reason });
    expect(await caseRow(caseId)).toMatchObject({
      verificationStatus: "rejected",
      verifiedBy: admin.id,
      verificationNote: reason,
    });
    const [summary] = await getMentorSummaries(admin, [mentor.id]);
    expect(summary!.verified).toBe(false);
    expect(await auditFor(caseId)).toEqual([
      expect.objectContaining({ action: "verification.reject", reason }),
    ]);
    const [told] = await db
      .select()
      .from(notifications)
      .where(eq(notifications.recipientId, mentor.id));
    expect(told).toMatchObject({ type: "verification_rejected", data: { reason } });
  });

  it("is taken once: a second decision on the same record is a conflict", async () => {
    const { caseId } = await pendingCase();
    const [a, b] = [await insertUser({ role: "admin" }), await insertUser({ role: "admin" })];
    const results = await Promise.allSettled([
      decideVerification(a, { caseRecordId: caseId, decision: "verify" }),
      decideVerification(b, { caseRecordId: caseId, decision: "reject", reason: "Unreadable." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect((failed as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(
      (await auditFor(caseId)).filter((e) => e.action.startsWith("verification.")),
    ).toHaveLength(1);
  });

  it("a new submission after a rejection starts a new review without the old reason", async () => {
    const { mentor, caseId } = await pendingCase();
    const admin = await insertUser({ role: "admin" });
    await decideVerification(admin, {
      caseRecordId: caseId,
      decision: "reject",
      reason: "The scan is unreadable.",
    });
    await submitEvidence(mentor, { caseRecordId: caseId, file: pdf("clearer scan.pdf") });
    expect(await caseRow(caseId)).toMatchObject({
      verificationStatus: "pending",
      verifiedBy: null,
      verifiedAt: null,
      verificationNote: null,
    });
    await decideVerification(admin, { caseRecordId: caseId, decision: "verify" });
    await expect(
      submitEvidence(mentor, { caseRecordId: caseId, file: pdf() }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("the queue", () => {
  it("lists pending records, the longest waiting first, with the mentor and files; admins only", async () => {
    const first = await pendingCase();
    const second = await pendingCase();
    const admin = await insertUser({ role: "admin" });
    const { cases, total } = await listVerificationQueue(admin);
    const ids = cases.map((c) => c.caseRecord.id);
    expect(ids.indexOf(first.caseId)).toBeLessThan(ids.indexOf(second.caseId));
    expect(total).toBeGreaterThanOrEqual(2);
    const item = cases.find((c) => c.caseRecord.id === first.caseId)!;
    expect(item.mentor).toEqual({
      id: first.mentor.id,
      displayName: first.mentor.displayName,
      handle: first.mentor.handle,
    });
    expect(item.caseRecord.pathway).toBe("eb1a");
    expect(item.files.map((f) => [f.id, f.note])).toEqual([
      [first.fileId, "Page 1 shows the classification."],
    ]);

    await decideVerification(admin, { caseRecordId: first.caseId, decision: "verify" });
    const after = await listVerificationQueue(admin);
    expect(after.cases.map((c) => c.caseRecord.id)).not.toContain(first.caseId);
    expect((await listDecidedWithEvidence(admin)).map((c) => c.caseRecord.id)).toContain(
      first.caseId,
    );

    for (const role of ["member", "moderator"] as const) {
      const viewer = await insertUser({ role });
      await expect(listVerificationQueue(viewer)).rejects.toBeInstanceOf(ForbiddenError);
    }
  });
});

describe("a pending record without evidence", () => {
  it("stays out of the queue, is counted apart, and cannot be verified", async () => {
    // The demo seed marks unverified records "pending" without any file.
    const { mentor, caseId } = await mentorWithCase();
    await db
      .update(caseRecords)
      .set({ verificationStatus: "pending" })
      .where(eq(caseRecords.id, caseId));
    const admin = await insertUser({ role: "admin" });
    const before = await listVerificationQueue(admin);
    expect(before.cases.map((c) => c.caseRecord.id)).not.toContain(caseId);
    expect(before.withoutEvidence).toBeGreaterThanOrEqual(1);
    await expect(
      decideVerification(admin, { caseRecordId: caseId, decision: "verify" }),
    ).rejects.toThrow(/no evidence/);
    expect((await caseRow(caseId)).verificationStatus).toBe("pending");

    await submitEvidence(mentor, { caseRecordId: caseId, file: pdf() });
    const after = await listVerificationQueue(admin);
    expect(after.cases.map((c) => c.caseRecord.id)).toContain(caseId);
    expect(after.withoutEvidence).toBe(before.withoutEvidence - 1);
  });
});

describe("deleting files", () => {
  it("after the decision, owner and admin delete: the bytes are gone and nobody can read them", async () => {
    const { mentor, caseId, fileId } = await pendingCase();
    const { fileId: second } = await submitEvidence(mentor, {
      caseRecordId: caseId,
      file: pdf("page 2.pdf"),
    });
    const admin = await insertUser({ role: "admin" });
    const keys = await db
      .select({ id: evidenceFiles.id, key: evidenceFiles.storageKey })
      .from(evidenceFiles)
      .where(eq(evidenceFiles.caseRecordId, caseId));
    const onDisk = (key: string) => storedFiles().some((f) => f.endsWith(key));
    expect(keys.every((k) => onDisk(k.key))).toBe(true);

    // Before the decision an admin may not delete the mentor's evidence.
    await expect(deleteEvidence(admin, fileId)).rejects.toBeInstanceOf(ConflictError);
    await decideVerification(admin, { caseRecordId: caseId, decision: "verify" });

    const stranger = await insertUser();
    await expect(deleteEvidence(stranger, fileId)).rejects.toBeInstanceOf(NotFoundError);
    await deleteEvidence(mentor, fileId);
    await deleteEvidence(admin, second);

    expect(keys.some((k) => onDisk(k.key))).toBe(false);
    for (const id of [fileId, second]) {
      await expect(readEvidenceFile(mentor, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(readEvidenceFile(admin, id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteEvidence(mentor, id)).rejects.toBeInstanceOf(NotFoundError);
    }
    const rows = await db
      .select()
      .from(evidenceFiles)
      .where(eq(evidenceFiles.caseRecordId, caseId));
    expect(rows.every((r) => r.deletedAt !== null)).toBe(true);
    expect(await getOwnEvidence(mentor, caseId)).toEqual([]);
    // The decision stays; the admin's deletion is audited, the owner's own is not an admin action.
    expect((await caseRow(caseId)).verificationStatus).toBe("verified");
    const audited = await db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.action, "verification.evidence_delete"), eq(auditLog.actorId, admin.id)),
      );
    expect(audited.map((a) => a.targetId)).toEqual([second]);
  });

  it("deleting a case record deletes its files' bytes too, and only the owner can", async () => {
    const { mentor, caseId } = await pendingCase();
    const [row] = await db
      .select({ key: evidenceFiles.storageKey })
      .from(evidenceFiles)
      .where(eq(evidenceFiles.caseRecordId, caseId));
    const onDisk = () => storedFiles().some((f) => f.endsWith(row!.key));
    const admin = await insertUser({ role: "admin" });
    await expect(deleteCaseRecordWithEvidence(admin, caseId)).rejects.toBeInstanceOf(NotFoundError);
    expect(onDisk()).toBe(true);
    await deleteCaseRecordWithEvidence(mentor, caseId);
    expect(onDisk()).toBe(false);
    expect(
      await db.select().from(evidenceFiles).where(eq(evidenceFiles.caseRecordId, caseId)),
    ).toEqual([]);
  });

  it("the owner withdrawing the last file takes the record out of the queue", async () => {
    const { mentor, caseId, fileId } = await pendingCase();
    await deleteEvidence(mentor, fileId);
    expect((await caseRow(caseId)).verificationStatus).toBe("unverified");
    const admin = await insertUser({ role: "admin" });
    const { cases } = await listVerificationQueue(admin);
    expect(cases.map((c) => c.caseRecord.id)).not.toContain(caseId);
    await expect(
      decideVerification(admin, { caseRecordId: caseId, decision: "verify" }),
    ).rejects.toBeInstanceOf(ConflictError);
  });
});
