import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { requirePageUser } from "@/lib/auth/session";
import { isCategorySlug } from "@/lib/community/vocabulary";
import { getOwnApplicantProfile } from "@/lib/profiles/queries";
import { AskForm } from "./_components/ask-form";

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
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/community" className="text-accent underline underline-offset-4">
            Community
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Ask the community</h1>
        <p className="text-muted">
          Mentors and members answer from their own cases. Tag your pathway and criteria so the
          right people find your question. Answers here are experience, not legal advice.
        </p>
      </header>
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
