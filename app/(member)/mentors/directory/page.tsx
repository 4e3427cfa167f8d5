import type { Metadata } from "next";
import { Pager } from "@/components/ui/pager";
import { SearchX, Users } from "@/components/ui/icons";
import { BookmarkButton } from "@/components/mentors/bookmark-button";
import { MentorCard } from "@/components/mentors/mentor-card";
import { MentorsTabs } from "@/components/mentors/mentors-tabs";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";
import { searchMentorDirectory } from "@/lib/mentors/directory";
import { directoryFiltersSchema } from "@/lib/mentors/schemas";
import { setBookmarkAction } from "@/app/_actions/bookmark";
import { DirectorySearch } from "./_components/directory-search";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";

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
      <PageHeader
        title="Mentor directory"
        description={
          <>
            Every mentor on Landed, newest first. Search by words, or filter by pathway, criterion,
            field, country or language. Mentors who are full or paused are shown with their state.
          </>
        }
      />
      <MentorsTabs current="directory" />
      <DirectorySearch filters={filters} active={active} />

      <Section id="results" title="Results" hiddenTitle className="space-y-4">
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
              link={{
                href: "/mentors/directory",
                label: "Clear search and filters",
                variant: "secondary",
              }}
            />
          ) : (
            <EmptyState
              icon={Users}
              title="No mentors yet"
              description="Mentors appear here once they describe their approved case. Were you approved yourself? Help the next person."
              link={{ href: "/profile/mentor", label: "Become a mentor" }}
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
      </Section>

      <Pager firstHref={after ? base : null} nextHref={nextHref} />
    </div>
  );
}
