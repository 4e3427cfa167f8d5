// One case record as an admin reviews it: the mentor, every fact of the case, and the files sent.
import Link from "next/link";
import { Download, Trash2 } from "@/components/ui/icons";
import type { CaseRecord } from "@/db/schema";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { CaseRecordDetails, caseTitle } from "@/components/mentors/case-record-details";
import { Button, buttonVariants } from "@/components/ui/button";
import type { CaseRecordView } from "@/lib/mentors/views";
import { evidenceTypes, formatFileSize } from "@/lib/verification/files";
import type { VerificationCase } from "@/lib/verification/queries";
import { deleteEvidenceAsAdminAction } from "../actions";

/** Admins see every fact of a case record (docs/domain.md). */
function adminCaseView(record: CaseRecord): CaseRecordView {
  const details = {
    filedMonth: record.filedMonth,
    decidedMonth: record.decidedMonth,
    serviceCentre: record.serviceCentre,
    premium: record.premium,
    selfFiled: record.selfFiled,
    rfe: record.rfe,
    rfeCriteria: record.rfeCriteria,
    criteriaClaimed: record.criteriaClaimed,
  } as NonNullable<CaseRecordView["details"]>;
  return {
    pathway: record.pathway,
    outcome: record.outcome,
    verified: record.verificationStatus === "verified",
    decidedYear: record.decidedMonth ? Number(record.decidedMonth.slice(0, 4)) : null,
    criteriaAccepted: record.criteriaAccepted as CaseRecordView["criteriaAccepted"],
    details,
  };
}

export function dateTime(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "Priya Sharma · EB-1A · Approved 2024": names a case in buttons and form labels. */
export function caseLabel(item: VerificationCase): string {
  return `${item.mentor.displayName} · ${caseTitle(adminCaseView(item.caseRecord))}`;
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
      <CaseRecordDetails record={adminCaseView(item.caseRecord)} headingLevel="h3" />
      <div className="space-y-2">
        <h4 className="text-sm font-semibold">Evidence</h4>
        {item.files.length === 0 ? (
          <p className="text-sm text-muted">No file is held for this record.</p>
        ) : (
          <ul aria-label={`Evidence for ${label}`} className="divide-y divide-border text-sm">
            {item.files.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <div className="min-w-0">
                  <p className="font-medium break-all">{f.fileName}</p>
                  <p className="text-muted">
                    {evidenceTypes[f.contentType as keyof typeof evidenceTypes]?.label ?? "File"} ·{" "}
                    {formatFileSize(f.size)} · sent {dateTime(f.createdAt)}
                  </p>
                  {f.note && <p className="mt-1 whitespace-pre-line">Note: {f.note}</p>}
                </div>
                <div className="flex gap-2">
                  <a
                    href={`/api/evidence/${f.id}`}
                    className={buttonVariants({ variant: "secondary", size: "sm" })}
                    aria-label={`Download ${f.fileName}`}
                  >
                    <Download aria-hidden="true" />
                    Download
                  </a>
                  {canDelete && (
                    <ConfirmActionButton
                      action={deleteEvidenceAsAdminAction}
                      fields={{ fileId: f.id }}
                      trigger={
                        <Button size="sm" variant="ghost" aria-label={`Delete ${f.fileName}`}>
                          <Trash2 aria-hidden="true" />
                          Delete
                        </Button>
                      }
                      title="Delete this file?"
                      description="The decision stays; the file is removed from Landed for good and the deletion is written to the audit log."
                      confirm="Delete file"
                      pendingLabel="Deleting…"
                    />
                  )}
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
      {children}
    </article>
  );
}
