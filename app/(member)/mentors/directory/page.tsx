import type { Metadata } from "next";
import Link from "next/link";
import { SearchX, Users } from "@/components/ui/icons";
import { BookmarkButton } from "@/components/mentors/bookmark-button";
import { MentorCard } from "@/components/mentors/mentor-card";
import { MentorsTabs } from "@/components/mentors/mentors-tabs";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";
import { searchMentorDirectory } from "@/lib/mentors/directory";
import { directoryFiltersSchema } from "@/lib/mentors/schemas";
import { setBookmarkAction } from "@/app/_actions/bookmark";
import { DirectorySearch } from "./_components/directory-search";

export const metadata: Metadata = { title: "Mentor directory" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function DirectoryPage({ searchParams }: { searchParams: Search }) {
  const viewer = await requirePageUser("/mentors/directory");
  const params = await searchParams;
  const filters = directoryFiltersSchema.parse(params);
  const after = typeof params.after === "string" ? params.after : undefined;
  const { mentors, bookmarkedIds, next } = await searchMentorDirectory(viewer, filters, after);
  const bookmarked = new Set(bookmarkedIds);

  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === true) query.set(key, "1");
    else if (typeof value === "string") query.set(key, value);
  }
  const active = query.size > 0;
  const base = `/mentors/directory${active ? `?${query}` : ""}`;
  const nextHref = next
    ? `/mentors/directory?${new URLSearchParams([...query.entries(), ["after", next]])}`
    : null;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Mentor directory</h1>
        <p className="text-muted">
          Every mentor on Landed, newest first. Search by words, or filter by pathway, criterion,
          field, country or language. Mentors who are full or paused are shown with their state.
        </p>
      </header>
      <MentorsTabs current="directory" />
      <DirectorySearch filters={filters} active={active} />

      <section aria-labelledby="results-heading" className="space-y-4">
        <h2 id="results-heading" className="sr-only">
          Results
        </h2>
        <p role="status" className="sr-only">
          {mentors.length === 0
            ? "No mentors match."
            : `${mentors.length} mentor${mentors.length === 1 ? "" : "s"} on this page${next ? ", more on the next page" : ""}.`}
        </p>
        {mentors.length === 0 ? (
          active ? (
            <EmptyState
              icon={SearchX}
              title="No mentors match"
              description="Try fewer filters or other words. A mentor whose country of birth is private cannot be found by country."
              action={
                <Link
                  href="/mentors/directory"
                  className={buttonVariants({ variant: "secondary" })}
                >
                  Clear search and filters
                </Link>
              }
            />
          ) : (
            <EmptyState
              icon={Users}
              title="No mentors yet"
              description="Mentors appear here once they describe their approved case. Were you approved yourself? Help the next person."
              action={
                <Link href="/profile/mentor" className={buttonVariants({ variant: "primary" })}>
                  Become a mentor
                </Link>
              }
            />
          )
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {mentors.map((mentor) => (
              <li key={mentor.userId} className="flex">
                <MentorCard
                  mentor={mentor}
                  headingLevel="h3"
                  actions={
                    mentor.userId === viewer.id ? (
                      <span className="text-sm text-muted">This is you.</span>
                    ) : (
                      <BookmarkButton
                        mentorUserId={mentor.userId}
                        mentorName={mentor.displayName}
                        bookmarked={bookmarked.has(mentor.userId)}
                        action={setBookmarkAction}
                      />
                    )
                  }
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      {(nextHref || after) && (
        <nav aria-label="Pages" className="flex flex-wrap gap-3">
          {after && (
            <Link href={base} className={buttonVariants({ variant: "secondary" })}>
              First page
            </Link>
          )}
          {nextHref && (
            <Link href={nextHref} className={buttonVariants({ variant: "secondary" })}>
              Next page
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
