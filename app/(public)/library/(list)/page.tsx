import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { LibraryBig } from "@/components/ui/icons";
import { ContentCard } from "@/components/content/content-card";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getCurrentUser } from "@/lib/auth/session";
import { canWriteContent, listLibrary, listPopularContent } from "@/lib/content/queries";
import { contentKindOptions } from "@/lib/content/vocabulary";
import { libraryFiltersSchema } from "@/lib/content/schemas";
import { criterionOptions } from "@/lib/domain/criteria";
import { pathwayOptions } from "@/lib/domain/pathways";
import { stageOptions } from "@/lib/domain/stages";
import { firstParam, hrefWithParams, type RawSearchParams } from "@/lib/search-params";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterSelect } from "@/components/filters/filter-select";
import { SortLinks } from "@/components/filters/sort-links";

export const metadata: Metadata = {
  title: "Library",
  description:
    "Guides, checklists and opportunities for EB-1A, EB-2 NIW, O-1A and EB-1B cases, written by mentors who were approved.",
};

export default async function LibraryPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const viewer = await getCurrentUser();
  const filters = libraryFiltersSchema.parse({
    kind: firstParam(raw.kind),
    pathway: firstParam(raw.pathway),
    criterion: firstParam(raw.criterion),
    stage: firstParam(raw.stage),
    cursor: firstParam(raw.cursor),
  });
  const filtered = Boolean(filters.kind || filters.pathway || filters.criterion || filters.stage);
  // Popular first unless the reader filters or asks for the newest.
  const sort = firstParam(raw.sort) === "newest" || filtered ? "newest" : "popular";
  const [list, mayWrite] = await Promise.all([
    sort === "popular" ? listPopularContent(filters.cursor) : listLibrary(filters),
    viewer ? canWriteContent(viewer) : Promise.resolve(false),
  ]);
  const now = new Date();

  const hrefWith = (change: Record<string, string | undefined>) =>
    hrefWithParams("/library", {
      sort: sort === "newest" && !filtered ? "newest" : undefined,
      kind: filters.kind,
      pathway: filters.pathway,
      criterion: filters.criterion,
      stage: filters.stage,
      ...change,
    });

  return (
    <div className="space-y-8">
      <PageHeader
        title="Library"
        description={
          <>
            Guides, checklists and opportunities written by mentors who were approved, and official
            notes from the Landed team. Experience, not legal advice.
          </>
        }
        actions={
          mayWrite && (
            <Link href="/write/new" className={buttonVariants({ variant: "primary" })}>
              Write something
            </Link>
          )
        }
      />

      <FilterBar
        label="Filter the library"
        action="/library"
        clearHref={filtered ? "/library" : null}
      >
        {(
          [
            ["kind", "Kind", contentKindOptions, filters.kind],
            ["pathway", "Pathway", pathwayOptions, filters.pathway],
            ["criterion", "Criterion", criterionOptions, filters.criterion],
            ["stage", "Stage", stageOptions, filters.stage],
          ] as const
        ).map(([name, label, options, value]) => (
          <FilterSelect
            key={name}
            id={`library-${name}`}
            name={name}
            label={label}
            value={value}
            options={options}
            className="min-w-36 flex-1 sm:flex-none"
          />
        ))}
      </FilterBar>

      <section aria-labelledby="items-heading" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="items-heading" className="text-lg font-semibold">
            {filtered ? "Matching items" : sort === "popular" ? "Most saved" : "Newest"}
          </h2>
          {!filtered && (
            <SortLinks
              label="Sort the library"
              sorts={[
                { href: "/library", label: "Most saved", current: sort === "popular" },
                { href: "/library?sort=newest", label: "Newest", current: sort === "newest" },
              ]}
            />
          )}
        </div>
        {list.items.length === 0 ? (
          <EmptyState
            icon={LibraryBig}
            title={
              filtered
                ? "Nothing matches"
                : filters.cursor
                  ? "No more items"
                  : "The library is empty"
            }
            description={
              filtered
                ? "No published item has all of those tags. Remove a filter, or ask the community."
                : "Mentors have not published anything yet. The community is a good place to ask meanwhile."
            }
            link={{
              href: filtered ? "/library" : "/community",
              label: filtered ? "Clear the filters" : "Go to the community",
              variant: "secondary",
            }}
          />
        ) : (
          <ol className="divide-y divide-border" aria-label="Library items">
            {list.items.map((item) => (
              <li key={item.id}>
                <ContentCard item={{ ...item, authorName: item.author?.name ?? null }} now={now} />
              </li>
            ))}
          </ol>
        )}
        <Pager
          firstHref={filters.cursor ? hrefWith({ cursor: undefined }) : null}
          nextHref={list.nextCursor ? hrefWith({ cursor: list.nextCursor }) : null}
        />
      </section>
    </div>
  );
}
