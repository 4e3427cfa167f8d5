// The verification actions called as a crafted POST would: no session, a file that is a string,
// extra fields, a moderator deciding, another member deleting.
import { signInAs, signOutAll } from "@/tests/support/next-mocks";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, caseRecords, evidenceFiles } from "@/db/schema";
import {
  decideVerificationAction,
  deleteEvidenceAsAdminAction,
} from "@/app/(admin)/admin/verification/actions";
import { deleteEvidenceAction } from "@/app/(member)/profile/mentor/actions";
import { uploadEvidence } from "./evidence-upload";
import { LocalDiskStorage, setEvidenceStorage } from "@/lib/verification/storage";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "landed-evidence-actions-"));
  setEvidenceStorage(new LocalDiskStorage(dir));
});
afterAll(() => {
  setEvidenceStorage(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

const idle = { status: "idle" } as const;
const PDF = Buffer.from("%PDF-1.4\n%%EOF\n", "latin1");

function form(fields: Record<string, string | File>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_0123456789abcdef", "");
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function mentorWithCase() {
  const mentor = await insertMentor({}, [{ pathway: "eb2_niw" }]);
  const [record] = await db
    .select({ id: caseRecords.id })
    .from(caseRecords)
    .where(eq(caseRecords.mentorUserId, mentor.id));
  return { mentor, caseId: record!.id };
}

async function statusOf(caseId: string) {
  const [row] = await db
    .select({ status: caseRecords.verificationStatus })
    .from(caseRecords)
    .where(eq(caseRecords.id, caseId));
  return row!.status;
}

const notice = () => new File([PDF], "notice.pdf", { type: "application/pdf" });

describe("sending evidence", () => {
  it("needs a session; the owner's upload puts the record in review", async () => {
    const { mentor, caseId } = await mentorWithCase();
    signOutAll();
    expect(await uploadEvidence(form({ caseRecordId: caseId, file: notice() }))).toEqual(
      expect.objectContaining({ status: "error", message: expect.stringMatching(/session/) }),
    );
    expect(await statusOf(caseId)).toBe("unverified");

    signInAs(mentor);
    const result = await uploadEvidence(
      form({ caseRecordId: caseId, file: notice(), note: "The approval is on page 1." }),
    );
    expect(result).toMatchObject({ status: "success" });
    expect(await statusOf(caseId)).toBe("pending");
  });

  it("refuses a file sent as text, a missing file and extra fields, beside the field", async () => {
    const { mentor, caseId } = await mentorWithCase();
    signInAs(mentor);
    const asText = await uploadEvidence(form({ caseRecordId: caseId, file: "%PDF-1.4 pretend" }));
    expect(asText).toMatchObject({
      status: "error",
      fieldErrors: { file: ["Choose the file of your redacted approval notice."] },
    });
    const none = await uploadEvidence(form({ caseRecordId: caseId, file: new File([], "") }));
    expect(none).toMatchObject({ fieldErrors: { file: [expect.stringMatching(/Choose/)] } });
    const forged = await uploadEvidence(
      form({ caseRecordId: caseId, file: notice(), verificationStatus: "verified" }),
    );
    expect(forged).toMatchObject({ status: "error", message: expect.stringMatching(/fields/) });
    const wrongType = await uploadEvidence(
      form({ caseRecordId: caseId, file: new File(["GIF89a"], "notice.pdf") }),
    );
    expect(wrongType).toMatchObject({ fieldErrors: { file: [expect.stringMatching(/PDF, PNG/)] } });
    expect(await statusOf(caseId)).toBe("unverified");
  });
});

describe("deciding and deleting", () => {
  it("a moderator's crafted decision changes nothing and is audited; an admin's works", async () => {
    const { mentor, caseId } = await mentorWithCase();
    signInAs(mentor);
    await uploadEvidence(form({ caseRecordId: caseId, file: notice() }));

    const moderator = await insertUser({ role: "moderator" });
    signInAs(moderator);
    expect(
      await decideVerificationAction(idle, form({ caseRecordId: caseId, decision: "verify" })),
    ).toMatchObject({ status: "error", message: "Only an admin can do that." });
    expect(await statusOf(caseId)).toBe("pending");
    const [denied] = await db.select().from(auditLog).where(eq(auditLog.targetId, caseId));
    expect(denied).toMatchObject({ action: "denied", actorId: moderator.id });

    const admin = await insertUser({ role: "admin" });
    signInAs(admin);
    expect(
      await decideVerificationAction(idle, form({ caseRecordId: caseId, decision: "reject" })),
    ).toMatchObject({ status: "error", fieldErrors: { reason: [expect.stringMatching(/why/)] } });
    expect(
      await decideVerificationAction(idle, form({ caseRecordId: caseId, decision: "verify" })),
    ).toMatchObject({ status: "success" });
    expect(await statusOf(caseId)).toBe("verified");
  });

  it("another member cannot delete a file; its owner can", async () => {
    const { mentor, caseId } = await mentorWithCase();
    signInAs(mentor);
    await uploadEvidence(form({ caseRecordId: caseId, file: notice() }));
    const [file] = await db
      .select({ id: evidenceFiles.id })
      .from(evidenceFiles)
      .where(eq(evidenceFiles.caseRecordId, caseId));

    signInAs(await insertUser());
    expect(await deleteEvidenceAction(idle, form({ fileId: file!.id }))).toMatchObject({
      status: "error",
      message: "We could not find this file.",
    });
    expect(await deleteEvidenceAsAdminAction(idle, form({ fileId: file!.id }))).toMatchObject({
      status: "error",
      message: "We could not find this file.",
    });
    signInAs(mentor);
    expect(await deleteEvidenceAction(idle, form({ fileId: file!.id }))).toMatchObject({
      status: "success",
    });
  });
});
