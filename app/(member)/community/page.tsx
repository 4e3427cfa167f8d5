import type { Metadata } from "next";
import { MessagesSquare } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Community" };

export default async function CommunityPage() {
  await requirePageUser("/community");
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Community</h1>
        <p className="mt-1 text-muted">
          Questions and answers from people building the same kind of case.
        </p>
      </header>
      <EmptyState
        icon={MessagesSquare}
        title="No threads yet"
        description="Questions about criteria, letters, RFEs and timelines will be listed here, newest activity first."
      />
    </div>
  );
}
