import type { Metadata } from "next";
import Link from "next/link";
import { Bookmark } from "@/components/ui/icons";
import { BookmarkButton } from "@/components/mentors/bookmark-button";
import { MentorCard } from "@/components/mentors/mentor-card";
import { MentorsTabs } from "@/components/mentors/mentors-tabs";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";
import { listBookmarkedMentors } from "@/lib/mentors/directory";
import { setBookmarkAction } from "@/app/_actions/bookmark";

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
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Bookmarked mentors</h1>
        <p className="text-muted">
          Mentors you saved to come back to, most recent first. Only you see your bookmarks.
        </p>
      </header>
      <MentorsTabs current="bookmarks" />
      {mentors.length === 0 ? (
        <EmptyState
          icon={Bookmark}
          title={after ? "No more bookmarks" : "No bookmarks yet"}
          description="Bookmark mentors in the directory to keep them here while you decide whom to ask."
          action={
            <Link href="/mentors/directory" className={buttonVariants({ variant: "primary" })}>
              Browse the directory
            </Link>
          }
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
      {(next || after) && (
        <nav aria-label="Pages" className="flex flex-wrap gap-3">
          {after && (
            <Link href="/mentors/bookmarks" className={buttonVariants({ variant: "secondary" })}>
              First page
            </Link>
          )}
          {next && (
            <Link
              href={`/mentors/bookmarks?${new URLSearchParams({ after: next })}`}
              className={buttonVariants({ variant: "secondary" })}
            >
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
