import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { requirePageUser } from "@/lib/auth/session";
import { getOwnCaseRecord } from "@/lib/mentors/queries";
import { getOwnEvidence } from "@/lib/verification/queries";
import { updateCaseRecordAction } from "../../actions";
import { caseDefaults } from "../../_components/case-defaults";
import { CaseRecordForm } from "../../_components/case-record-form";
import { EvidenceSection } from "../../_components/evidence-section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Edit case record" };

export default async function EditCaseRecordPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  // An upload posted without JavaScript comes back here (app/api/evidence/route.ts).
  searchParams: Promise<{ evidence?: string }>;
}) {
  const { id } = await params;
  const { evidence } = await searchParams;
  const user = await requirePageUser(`/profile/mentor/cases/${id}`);
  // Only the owner's own records are found; anyone else's id is simply not found.
  const record = await getOwnCaseRecord(user, id);
  if (!record) notFound();
  const files = await getOwnEvidence(user, record.id);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        back={{ href: "/profile/mentor", label: "Back to your mentor profile" }}
        title="Edit case record"
        description="Correct or complete what you shared about this petition."
      />
      {record.verificationStatus !== "unverified" && (
        <Alert tone="warning" title="Changes undo the verification">
          This record is {record.verificationStatus === "verified" ? "verified" : "under review"}.
          If you change anything, it becomes “Unverified” again until an admin checks it anew.
        </Alert>
      )}
      {evidence === "sent" && (
        <Alert tone="success" aria-label="Evidence sent">
          Evidence sent. An admin will review it; we will tell you the outcome.
        </Alert>
      )}
      {evidence === "refused" && (
        <Alert tone="danger" aria-label="Evidence refused">
          The file was not sent: it must be a PDF, PNG or JPEG of at most 10 MB, with a note without
          case numbers. Check it and try again.
        </Alert>
      )}
      <EvidenceSection record={record} files={files} />
      <h2 className="text-lg font-semibold">Case facts</h2>
      <CaseRecordForm
        action={updateCaseRecordAction}
        defaults={caseDefaults(record)}
        recordId={record.id}
      />
    </div>
  );
}
