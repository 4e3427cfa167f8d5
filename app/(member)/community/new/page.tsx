import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { requirePageUser } from "@/lib/auth/session";
import { isCategorySlug } from "@/lib/community/vocabulary";
import { getOwnApplicantProfile } from "@/lib/profiles/queries";
import { AskForm } from "./_components/ask-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Ask the community" };

export default async function NewThreadPage({
  searchParams,
}: {
  searchParams: Promise<{ category?: string }>;
}) {
  const user = await requirePageUser("/community/new");
  const { category } = await searchParams;
  const profile = await getOwnApplicantProfile(user);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        back={{ href: "/community", label: "Community" }}
        title="Ask the community"
        description={
          <>
            Mentors and members answer from their own cases. Tag your pathway and criteria so the
            right people find your question. Answers here are experience, not legal advice.
          </>
        }
      />
      <AskForm
        idempotencyKey={randomUUID()}
        defaults={{
          pathways: profile?.profile.targetPathways ?? [],
          category: category && isCategorySlug(category) ? category : undefined,
        }}
      />
    </div>
  );
}
