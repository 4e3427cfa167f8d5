import type { Metadata } from "next";
import Link from "next/link";
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
      <div className="space-y-2">
        <p className="text-sm">
          <Link href="/settings" className="text-accent underline underline-offset-4">
            Settings
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Your data</h1>
      </div>
      {kept && (
        <Alert tone="success" aria-label="Account kept">
          Your account is kept: it will not be deleted. Welcome back.
        </Alert>
      )}
      <section aria-labelledby="export-heading" className="space-y-4">
        <h2 id="export-heading" className="text-lg font-semibold">
          Export your data
        </h2>
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
      </section>
      <section aria-labelledby="delete-heading" className="space-y-4">
        <h2 id="delete-heading" className="text-lg font-semibold">
          Delete your account
        </h2>
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
      </section>
    </div>
  );
}
