import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Search } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { getCurrentUser } from "@/lib/auth/session";
import {
  SEARCH_MIN,
  searchParamsSchema,
  searchTypeLabels,
  searchTypes,
  type SearchParams,
} from "@/lib/search/schemas";
import { searchHref } from "./_components/href";
import { SearchIntro } from "./_components/intro";
import { SearchResults } from "./_components/results";
import { SearchForm } from "./_components/search-form";
import { ResultsSkeleton } from "./_components/skeleton";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Search",
  description: "Search Landed's guides and articles, community threads and mentors.",
  // Result pages are endless variations of the same content.
  robots: { index: false, follow: true },
};

type RawSearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: RawSearchParams }) {
  const params = searchParamsSchema.parse(await searchParams);
  const viewer = await getCurrentUser();
  return (
    <div className="space-y-6">
      <PageHeader title="Search">
        <p className="max-w-2xl text-muted">
          Guides and articles, community threads and mentors, in one place.
        </p>
      </PageHeader>
      <SearchForm params={params} />
      {!params.q ? (
        <SearchIntro signedIn={viewer !== null} />
      ) : params.q.length < SEARCH_MIN ? (
        <EmptyState
          icon={Search}
          title="Type a little more"
          description={`Search needs at least ${SEARCH_MIN} characters: a word such as “judging”, “RFE” or “EB-1A”.`}
        />
      ) : (
        <>
          <SearchTabs params={params} />
          <Suspense key={searchHref(params)} fallback={<ResultsSkeleton />}>
            <SearchResults params={params} viewer={viewer} />
          </Suspense>
        </>
      )}
    </div>
  );
}

function SearchTabs({ params }: { params: SearchParams }) {
  return (
    <nav aria-label="Kinds of results">
      <ul className="relative flex max-w-full gap-1 overflow-x-auto border-b border-border">
        {searchTypes.map((type) => {
          const current = params.type === type;
          return (
            <li key={type}>
              <Link
                href={searchHref(params, { type, cursor: undefined })}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "-mb-px inline-flex h-10 items-center border-b-2 border-transparent px-2.5 text-sm font-medium whitespace-nowrap text-muted hover:text-fg",
                  current && "border-accent text-fg",
                )}
              >
                {type === "content" ? (
                  <>
                    <span className="sm:hidden">Guides</span>
                    <span className="hidden sm:inline">{searchTypeLabels[type]}</span>
                  </>
                ) : (
                  searchTypeLabels[type]
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
