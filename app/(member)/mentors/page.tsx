import type { Metadata } from "next";
import { Users } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Mentors" };

export default async function MentorsPage() {
  await requirePageUser("/mentors");
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Mentors</h1>
        <p className="mt-1 text-muted">
          People approved on your pathway, ranked by how closely their case matches yours, each with
          the reasons why.
        </p>
      </header>
      <EmptyState
        icon={Users}
        title="No mentor matches yet"
        description="Matches appear once mentors have described their approved cases and you have described yours. Verified mentors carry a badge; unverified ones are labelled."
      />
    </div>
  );
}
