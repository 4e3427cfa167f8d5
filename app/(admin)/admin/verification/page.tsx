import type { Metadata } from "next";
import { AccessNotice } from "../../_components/access-notice";
import { BadgeCheck } from "@/components/ui/icons";
import { EmptyState } from "@/components/ui/empty-state";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listDecidedWithEvidence, listVerificationQueue } from "@/lib/verification/queries";
import { DecisionForms } from "./_components/decision-forms";
import { caseLabel, dateTime, EvidenceCase } from "./_components/evidence-case";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Verification · Administration" };

export default async function VerificationPage() {
  const actor = await requirePageUser("/admin/verification");
  if (!hasRoleAtLeast(actor, "moderator")) return null;
  if (!hasRoleAtLeast(actor, "admin")) {
    return (
      <AccessNotice title="Verification">
        <p className="text-muted">Mentor verification is for admins.</p>
      </AccessNotice>
    );
  }
  const [{ cases, total, withoutEvidence }, decided] = await Promise.all([
    listVerificationQueue(actor),
    listDecidedWithEvidence(actor),
  ]);
  return (
    <div className="max-w-4xl space-y-8">
      <PageHeader
        title="Verification"
        description={
          <>
            Mentors send a redacted approval notice for a case record. Verify it when the notice is
            a USCIS approval whose classification, and date where shown, match the record. Reject
            it, with a reason the mentor reads, when it does not match or still shows a receipt
            number or an A-number; then delete the file.
          </>
        }
      />

      <Section
        id="queue"
        title={
          <>
            Waiting for review{" "}
            <span className="font-normal text-muted tabular-nums">({total})</span>
          </>
        }
        className="space-y-4"
      >
        {withoutEvidence > 0 && (
          <p className="text-sm text-muted">
            {withoutEvidence} more {withoutEvidence === 1 ? "record is" : "records are"} marked as
            waiting but {withoutEvidence === 1 ? "holds" : "hold"} no evidence yet; each appears
            here once its mentor sends a notice.
          </p>
        )}
        {cases.length === 0 ? (
          <EmptyState
            icon={BadgeCheck}
            title="Nothing to review"
            description="When a mentor sends evidence for a case record, it appears here, the longest waiting first."
            headingLevel="h3"
          />
        ) : (
          <>
            {total > cases.length && (
              <p className="text-sm text-muted">
                Showing the {cases.length} longest waiting of {total}.
              </p>
            )}
            <ol aria-label="Case records waiting for review" className="space-y-4">
              {cases.map((item) => (
                <li key={item.caseRecord.id}>
                  <EvidenceCase item={item} canDelete={false}>
                    <DecisionForms caseRecordId={item.caseRecord.id} label={caseLabel(item)} />
                  </EvidenceCase>
                </li>
              ))}
            </ol>
          </>
        )}
      </Section>

      {decided.length > 0 && (
        <section aria-labelledby="decided-heading" className="space-y-4">
          <div className="space-y-1">
            <h2 id="decided-heading" className="text-lg font-semibold">
              Decided, evidence still held
            </h2>
            <p className="text-sm text-muted">
              Landed keeps as little as it can: delete a file once you no longer need it.
            </p>
          </div>
          <ul aria-label="Decided case records with evidence" className="space-y-4">
            {decided.map((item) => (
              <li key={item.caseRecord.id}>
                <EvidenceCase item={item} canDelete>
                  <p className="text-sm">
                    {item.caseRecord.verificationStatus === "verified" ? "Verified" : "Rejected"}
                    {item.caseRecord.verifiedAt ? ` ${dateTime(item.caseRecord.verifiedAt)}` : ""}
                    {item.caseRecord.verificationNote
                      ? `. Reason: ${item.caseRecord.verificationNote}`
                      : "."}
                  </p>
                </EvidenceCase>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
