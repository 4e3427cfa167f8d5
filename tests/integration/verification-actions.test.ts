// The verification actions called as a crafted POST would: no session, a file that is a string,
// extra fields, a moderator deciding, another member deleting.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { redirect } from "next/navigation";
import { db } from "@/db/client";
import { auditLog, caseRecords, evidenceFiles, type User } from "@/db/schema";
import {
  decideVerificationAction,
  deleteEvidenceAsAdminAction,
} from "@/app/(admin)/admin/verification/actions";
import { deleteEvidenceAction } from "@/app/(member)/profile/mentor/actions";
import { uploadEvidence } from "./evidence-upload";
import type { SessionClaims } from "@/lib/auth/session-check";
import { LocalDiskStorage, setEvidenceStorage } from "@/lib/verification/storage";
import { claimsFor, insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

const state = vi.hoisted(() => ({ session: null as { claims: SessionClaims } | null }));

vi.mock("@/lib/auth/next-auth", () => ({
  auth: vi.fn(async () => state.session),
  signIn: vi.fn(async (_p: string, o: { redirectTo: string }) => redirect(o.redirectTo)),
  signOut: vi.fn(async (o: { redirectTo: string }) => redirect(o.redirectTo)),
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/server", () => ({ after: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

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

function signInAs(user: Pick<User, "id" | "sessionVersion"> | null) {
  state.session = user ? { claims: claimsFor(user) } : null;
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
    signInAs(null);
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
