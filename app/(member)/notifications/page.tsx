import type { Metadata } from "next";
import { Bell } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  await requirePageUser("/notifications");
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
      </header>
      <EmptyState
        icon={Bell}
        title="You are all caught up"
        description="Replies to your questions, mentorship requests and answers from mentors will show up here."
      />
    </div>
  );
}
