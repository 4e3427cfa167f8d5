import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { listOwnExports } from "@/lib/export/queries";
import { ExportList } from "./_components/export-list";
import { RefreshWhileBuilding } from "./_components/refresh-while-building";
import { RequestExportForm } from "./_components/request-export-form";

export const metadata: Metadata = { title: "Your data" };

export default async function YourDataPage() {
  const user = await requirePageUser("/settings/data");
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
      {/* Account deletion (issue 17) joins this page as its second section. */}
    </div>
  );
}
