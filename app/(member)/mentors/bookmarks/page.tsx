import type { Metadata } from "next";
import { Pager } from "@/components/ui/pager";
import { Bookmark } from "@/components/ui/icons";
import { BookmarkButton } from "@/components/mentors/bookmark-button";
import { MentorCard } from "@/components/mentors/mentor-card";
import { MentorsTabs } from "@/components/mentors/mentors-tabs";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";
import { listBookmarkedMentors } from "@/lib/mentors/directory";
import { setBookmarkAction } from "@/app/_actions/bookmark";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Bookmarked mentors" };

export default async function BookmarksPage({
  searchParams,
}: {
  searchParams: Promise<{ after?: string | string[] }>;
}) {
  const viewer = await requirePageUser("/mentors/bookmarks");
  const { after: rawAfter } = await searchParams;
  const after = typeof rawAfter === "string" ? rawAfter : undefined;
  const { mentors, next } = await listBookmarkedMentors(viewer, after);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Bookmarked mentors"
        description="Mentors you saved to come back to, most recent first. Only you see your bookmarks."
      />
      <MentorsTabs current="bookmarks" />
      {mentors.length === 0 ? (
        <EmptyState
          icon={Bookmark}
          title={after ? "No more bookmarks" : "No bookmarks yet"}
          description="Bookmark mentors in the directory to keep them here while you decide whom to ask."
          link={{ href: "/mentors/directory", label: "Browse the directory" }}
        />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Bookmarked mentors">
          {mentors.map((mentor) => (
            <li key={mentor.userId} className="flex">
              <MentorCard
                mentor={mentor}
                actions={
                  <BookmarkButton
                    variant="remove"
                    mentorUserId={mentor.userId}
                    mentorName={mentor.displayName}
                    bookmarked
                    action={setBookmarkAction}
                  />
                }
              />
            </li>
          ))}
        </ul>
      )}
      <Pager
        firstHref={after ? "/mentors/bookmarks" : null}
        nextHref={next ? `/mentors/bookmarks?${new URLSearchParams({ after: next })}` : null}
      />
    </div>
  );
}
