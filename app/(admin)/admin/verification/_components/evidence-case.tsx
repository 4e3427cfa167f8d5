// One case record as an admin reviews it: the mentor, every fact of the case, and the files sent.
import { EvidenceFileList } from "@/components/evidence/evidence-file-list";
import Link from "next/link";
import {
  CaseRecordDetails,
  caseTitle,
  fullCaseView,
} from "@/components/mentors/case-record-details";
import { evidenceTypes, formatFileSize } from "@/lib/verification/files";
import type { VerificationCase } from "@/lib/verification/queries";
import { deleteEvidenceAsAdminAction } from "../actions";

export function dateTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "Priya Sharma · EB-1A · Approved 2024": names a case in buttons and form labels. */
export function caseLabel(item: VerificationCase): string {
  return `${item.mentor.displayName} · ${caseTitle(fullCaseView(item.caseRecord))}`;
}

export function EvidenceCase({
  item,
  canDelete,
  children,
}: {
  item: VerificationCase;
  /** After a decision: admins may delete the files. */
  canDelete: boolean;
  /** The decision forms, or the decision taken. */
  children: React.ReactNode;
}) {
  const label = caseLabel(item);
  return (
    <article
      aria-label={label}
      className="space-y-4 rounded-card border border-border bg-surface-raised p-4 sm:p-5"
    >
      <p className="text-sm">
        <span className="text-muted">Mentor: </span>
        <Link
          href={`/mentors/${item.mentor.handle}`}
          className="font-medium text-accent underline underline-offset-4 hover:text-accent-hover"
        >
          {item.mentor.displayName}
        </Link>
      </p>
      <CaseRecordDetails record={fullCaseView(item.caseRecord)} headingLevel="h3" />
      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Evidence</h4>
        {item.files.length === 0 ? (
          <p className="text-sm text-muted">No file is held for this record.</p>
        ) : (
          <EvidenceFileList
            label={`Evidence for ${label}`}
            files={item.files}
            details={(f) => (
              <>
                <p className="text-muted">
                  {evidenceTypes[f.contentType as keyof typeof evidenceTypes]?.label ?? "File"} ·{" "}
                  {formatFileSize(f.size)} · sent {dateTime(f.createdAt)}
                </p>
                {f.note && <p className="mt-1 whitespace-pre-line">Note: {f.note}</p>}
              </>
            )}
            remove={
              canDelete
                ? {
                    action: deleteEvidenceAsAdminAction,
                    description:
                      "The decision stays; the file is removed from Landed for good and the deletion is written to the audit log.",
                  }
                : undefined
            }
          />
        )}
      </div>
      {children}
    </article>
  );
}
