import { Section } from "@/components/ui/section";
import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { requirePageUser } from "@/lib/auth/session";
import { listOwnExports } from "@/lib/export/queries";
import { DELETION_GRACE_DAYS, deletionDay, deletionDueAt } from "@/lib/privacy/grace";
import { DeleteAccountForm } from "./_components/delete-account-form";
import { ExportList } from "./_components/export-list";
import { RefreshWhileBuilding } from "./_components/refresh-while-building";
import { RequestExportForm } from "./_components/request-export-form";

export const metadata: Metadata = { title: "Your data" };

export default async function YourDataPage({
  searchParams,
}: {
  searchParams: Promise<{ kept?: string }>;
}) {
  const user = await requirePageUser("/settings/data");
  const { kept } = await searchParams;
  const exports = await listOwnExports(user);
  const inProgress = exports.some((e) => e.state === "requested" || e.state === "building");
  return (
    <div className="max-w-3xl space-y-10">
      <PageHeader title="Your data" back={{ href: "/settings", label: "Settings" }} />
      {kept && (
        <Alert tone="success" aria-label="Account kept">
          Your account is kept: it will not be deleted. Welcome back.
        </Alert>
      )}
      <Section id="export" title="Export your data" className="space-y-4">
        <p className="text-sm text-muted">
          One ZIP file with everything Landed holds about you, as JSON: your account, profiles,
          self-assessments and case records, your mentorship requests and the messages, checklists
          and goals of your mentorships, your posts and their history, saved items, notifications,
          reports you filed and moderation decisions about you, the emails we sent you, and the
          evidence files you uploaded. A README inside says what each file is.
        </p>
        <p className="text-sm text-muted">
          We tell you by notification and email when it is ready; download it here while signed in.
          It is kept for 7 days, then deleted. You can ask for 3 exports a day.
        </p>
        <RequestExportForm inProgress={inProgress} />
        {inProgress && <RefreshWhileBuilding />}
        <ExportList items={exports} />
      </Section>
      <Section id="delete" title="Delete your account" className="space-y-4">
        <p className="text-sm text-muted">
          Your account is disabled at once: every device is signed out, your mentor profile leaves
          the matches, requests still waiting for an answer are withdrawn, and the people you have a
          mentorship with are told. {DELETION_GRACE_DAYS} days later everything we hold about you is
          erased: your name, email and handle, your profiles, self-assessments and case records,
          your evidence files, the spaces of your mentorships, notifications, saved items and
          emails. Our audit log keeps only a number that no longer names you.
        </p>
        <p className="text-sm text-muted">
          Until then you can change your mind: sign in with your password and choose “Keep my
          account”. Want a copy first? Request an export above before you delete.
        </p>
        <DeleteAccountForm
          hasPassword={user.passwordHash !== null}
          erasedOn={deletionDay(deletionDueAt(new Date()))}
        />
      </Section>
    </div>
  );
}
