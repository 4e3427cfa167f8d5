import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requirePageUser } from "@/lib/auth/session";
import { getOwnMentorProfile } from "@/lib/mentors/queries";
import { addCaseRecordAction } from "../../actions";
import { CaseRecordForm, emptyCaseRecord } from "../../_components/case-record-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Add a case record" };

export default async function NewCaseRecordPage() {
  const user = await requirePageUser("/profile/mentor/cases/new");
  const own = await getOwnMentorProfile(user);
  // Case records belong to a mentor profile: the profile page explains and offers the form.
  if (!own) redirect("/profile/mentor");
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        back={{ href: "/profile/mentor", label: "Back to your mentor profile" }}
        title="Add a case record"
        description={
          <>
            One petition you went through: its pathway, how it went and which criteria the officer
            accepted. Members see the pathway, outcome and year; the rest follows your case-details
            setting. It shows as “Unverified” until an admin checks it.
          </>
        }
      />
      <CaseRecordForm action={addCaseRecordAction} defaults={emptyCaseRecord} />
    </div>
  );
}
