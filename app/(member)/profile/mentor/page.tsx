import type { Metadata } from "next";
import Link from "next/link";
import { FileText, Plus } from "@/components/ui/icons";
import {
  CaseRecordDetails,
  caseTitle,
  fullCaseView,
} from "@/components/mentors/case-record-details";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";
import { CASE_RECORDS_MAX } from "@/lib/mentors/schemas";
import { getOwnMentorProfile } from "@/lib/mentors/queries";
import { DeleteCaseDialog } from "./_components/delete-case-dialog";
import { MentorProfileForm, type MentorProfileDefaults } from "./_components/mentor-profile-form";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Your mentor profile" };

const savedMessages: Record<string, { tone: "success" | "warning"; text: string }> = {
  added: {
    tone: "success",
    text: "Case record added. It shows as “Unverified” until an admin checks it.",
  },
  updated: { tone: "success", text: "Case record saved." },
  unverified: {
    tone: "warning",
    text: "Case record saved. Because it changed, it is “Unverified” again until an admin checks it anew.",
  },
};

export default async function MentorProfilePage({
  searchParams,
}: {
  searchParams: Promise<{ saved?: string }>;
}) {
  const user = await requirePageUser("/profile/mentor");
  const { saved } = await searchParams;
  const own = await getOwnMentorProfile(user);
  const p = own?.profile;
  const defaults: MentorProfileDefaults = {
    bio: p?.bio ?? "",
    field: p?.field ?? "",
    topics: p?.topics ?? [],
    languages: p?.languages ?? [],
    timezone: p?.timezone ?? "",
    countryOfBirth: p?.countryOfBirth ?? "",
    countryVisibility: p?.countryVisibility ?? "private",
    caseDetailsVisibility: p?.caseDetailsVisibility ?? "private",
    capacity: p?.capacity ?? 2,
    accepting: p?.accepting ?? true,
  };
  const message = saved ? savedMessages[saved] : undefined;
  const cases = own?.cases ?? [];

  const addCase = (
    <Link href="/profile/mentor/cases/new" className={buttonVariants({ variant: "primary" })}>
      <Plus aria-hidden="true" />
      Add a case record
    </Link>
  );
  return (
    <div className="max-w-3xl space-y-10">
      <PageHeader
        title="Your mentor profile"
        description={
          <>
            Approved on a pathway? Describe the case you went through, and applicants on the same
            path can find you. You can hold a mentor profile and an applicant profile at once.
          </>
        }
      >
        {own && (
          <p>
            <Link
              href={`/mentors/${user.handle}`}
              className="text-accent underline underline-offset-4 hover:text-accent-hover"
            >
              See your public mentor page
            </Link>
          </p>
        )}
      </PageHeader>

      {message && (
        <Alert tone={message.tone} aria-label="Saved">
          {message.text}
        </Alert>
      )}

      <Section id="profile" title="About you as a mentor" className="space-y-4">
        <MentorProfileForm defaults={defaults} />
      </Section>

      <Section
        id="cases"
        title="Your case records"
        className="space-y-4"
        actions={own && cases.length > 0 && cases.length < CASE_RECORDS_MAX && addCase}
      >
        <div className="space-y-2 text-sm text-muted">
          <p>
            The summary of each case (pathway, outcome and year) is shown to signed-in members;
            visitors see the pathways you were approved on. Dates, service centre, premium
            processing, attorney and RFE follow your “case details” setting above.
          </p>
          <p>
            Each record is labelled “Unverified” until an admin checks it: send a redacted approval
            notice from the record&apos;s page, and an admin reviews it. Editing a record makes it
            unverified again.
          </p>
        </div>
        {!own ? (
          <EmptyState
            icon={FileText}
            title="Save your mentor profile first"
            description="Case records belong to your mentor profile. Fill in the form above and save it; then you can add the cases you went through."
            headingLevel="h3"
          />
        ) : cases.length === 0 ? (
          <EmptyState
            icon={FileText}
            title="No case records yet"
            description="Add the case you were approved on: it is what applicants match on."
            headingLevel="h3"
            action={addCase}
          />
        ) : (
          <ul className="space-y-4" aria-label="Your case records">
            {cases.map((record) => {
              const view = fullCaseView(record);
              const title = caseTitle(view);
              return (
                <li
                  key={record.id}
                  className="space-y-3 rounded-card border border-border bg-surface-raised p-4"
                >
                  <CaseRecordDetails record={view} />
                  {record.verificationStatus === "pending" && (
                    <p className="text-sm text-muted">An admin is reviewing this record.</p>
                  )}
                  {record.verificationStatus === "rejected" && (
                    <p className="text-sm text-muted">
                      An admin could not verify this record.
                      {record.verificationNote
                        ? ` Their reason: “${record.verificationNote}”`
                        : ""}{" "}
                      You can correct it or send clearer evidence.
                    </p>
                  )}
                  <div className="flex flex-wrap gap-2">
                    <Link
                      href={`/profile/mentor/cases/${record.id}`}
                      className={buttonVariants({ variant: "secondary", size: "sm" })}
                      aria-label={`Edit ${title}`}
                    >
                      Edit
                    </Link>
                    {record.verificationStatus !== "verified" && (
                      <Link
                        href={`/profile/mentor/cases/${record.id}#verification`}
                        className={buttonVariants({ variant: "secondary", size: "sm" })}
                        aria-label={`Send evidence for ${title}`}
                      >
                        Send evidence
                      </Link>
                    )}
                    <DeleteCaseDialog recordId={record.id} title={title} />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        {cases.length >= CASE_RECORDS_MAX && (
          <p className="text-sm text-muted">
            You have {CASE_RECORDS_MAX} case records, the most a profile can hold. Delete one to add
            another.
          </p>
        )}
      </Section>
    </div>
  );
}
