// A case record's verification, on its own page: where it stands, the admin's reason after a
// rejection, the files sent (to open or delete), and the form to send a redacted notice.
import { EvidenceFileList } from "@/components/evidence/evidence-file-list";
import type { CaseRecord } from "@/db/schema";
import { VerificationLabel } from "@/components/mentors/mentor-card";
import { Alert } from "@/components/ui/alert";
import { EVIDENCE_FILES_MAX, formatFileSize } from "@/lib/verification/files";
import type { EvidenceFileView } from "@/lib/verification/queries";
import { deleteEvidenceAction } from "../actions";
import { EvidenceForm } from "./evidence-form";

function day(date: Date): string {
  return date.toLocaleDateString("en-US", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
}

function StatusMessage({ record, hasFiles }: { record: CaseRecord; hasFiles: boolean }) {
  // A pending record without files (made so by the demo seed) waits for evidence like a new one.
  const status =
    record.verificationStatus === "pending" && !hasFiles ? "unverified" : record.verificationStatus;
  switch (status) {
    case "unverified":
      return (
        <p className="text-sm text-muted">
          Members see this record as “Unverified”. To verify it, send a redacted copy of your
          approval notice (Form I-797): an admin checks that it matches this record.
        </p>
      );
    case "pending":
      return (
        <Alert tone="info" title="Under review" aria-label="Verification status">
          An admin is reviewing your evidence. We will send you a notification with the outcome.
        </Alert>
      );
    case "verified":
      return (
        <Alert tone="success" title="Verified" aria-label="Verification status">
          An admin verified this record{record.verifiedAt ? ` on ${day(record.verifiedAt)}` : ""}.
          Your profile and applicants&apos; matches show the “Verified outcome” badge. You can
          delete the evidence now: the verification stays.
        </Alert>
      );
    case "rejected":
      return (
        <Alert
          tone="warning"
          title="An admin could not verify this record"
          aria-label="Verification status"
        >
          <p>
            {record.verificationNote
              ? `Their reason: ${record.verificationNote}`
              : "They gave no reason."}
          </p>
          <p className="mt-1">
            Correct the record if something in it was wrong, or send clearer evidence below.
          </p>
        </Alert>
      );
  }
}

export function EvidenceSection({
  record,
  files,
}: {
  record: CaseRecord;
  files: EvidenceFileView[];
}) {
  const full = files.length >= EVIDENCE_FILES_MAX;
  return (
    <section
      id="verification"
      aria-labelledby="verification-heading"
      className="space-y-4 rounded-card border border-border bg-surface-raised p-4 sm:p-5"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="verification-heading" className="text-lg font-semibold">
          Verification
        </h2>
        <VerificationLabel verified={record.verificationStatus === "verified"} />
      </div>
      <StatusMessage record={record} hasFiles={files.length > 0} />
      {files.length > 0 && (
        <EvidenceFileList
          label="Evidence you sent"
          files={files}
          details={(f) => (
            <p className="text-muted">
              {formatFileSize(f.size)} · sent {day(f.createdAt)}
              {f.note ? ` · “${f.note}”` : ""}
            </p>
          )}
          remove={{
            action: deleteEvidenceAction,
            description:
              record.verificationStatus === "pending" && files.length === 1
                ? "It is the only file under review, so the review stops and the record stays unverified. This cannot be undone."
                : "The file is removed from Landed for good. A decision already made stays. This cannot be undone.",
          }}
        />
      )}
      {record.verificationStatus !== "verified" && full && (
        <p className="text-sm text-muted">
          This record holds {EVIDENCE_FILES_MAX} files, the most it can. Delete one to send another.
        </p>
      )}
      {record.verificationStatus !== "verified" && !full && (
        <div className="space-y-3">
          <h3 className="font-semibold">Send a redacted approval notice</h3>
          <p className="text-sm text-muted">
            Black out the receipt number, your A-number, passport number and date of birth before
            you upload: Landed never keeps them. Leave the form type, the classification (such as
            EB-1A) and the approval date readable. Only you and Landed&apos;s admins can open the
            file, and you can delete it once the admin has decided.
          </p>
          <EvidenceForm caseRecordId={record.id} />
        </div>
      )}
    </section>
  );
}
