import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { MessagesSquare, Search } from "@/components/ui/icons";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { getCurrentUser } from "@/lib/auth/session";
import {
  categories,
  categoryList,
  threadSortLabels,
  threadSorts,
} from "@/lib/community/vocabulary";
import { searchCommunity } from "@/lib/community/search";
import { listThreads } from "@/lib/community/thread-list";
import { listThreadsSchema, searchSchema } from "@/lib/community/schemas";
import { firstParam, hrefWithParams, type RawSearchParams } from "@/lib/search-params";
import { FilterBar } from "@/components/filters/filter-bar";
import { CriterionFilter, PathwayFilter } from "@/components/filters/filter-select";
import { SortLinks } from "@/components/filters/sort-links";
import { threadHref } from "@/lib/community/format";
import { ThreadRow } from "@/components/community/thread-row";
import type { Actor } from "@/lib/auth/actor";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = {
  title: "Community",
  description:
    "Questions and answers about EB-1A, EB-2 NIW, O-1A and EB-1B cases, from people who built their own.",
};

export default async function CommunityPage({
  searchParams,
}: {
  searchParams: Promise<RawSearchParams>;
}) {
  const raw = await searchParams;
  const viewer = await getCurrentUser();
  const q = firstParam(raw.q)?.trim();
  if (q) return <SearchResults q={q} cursor={firstParam(raw.cursor)} viewer={viewer} />;

  const filters = listThreadsSchema.parse({
    category: firstParam(raw.category),
    sort: firstParam(raw.sort),
    pathway: firstParam(raw.pathway),
    criterion: firstParam(raw.criterion),
    cursor: firstParam(raw.cursor),
  });
  const list = await listThreads(viewer, filters);
  const now = new Date();

  const hrefWith = (change: Record<string, string | undefined>) =>
    hrefWithParams("/community", {
      category: filters.category,
      sort: filters.sort === "latest" ? undefined : filters.sort,
      pathway: filters.pathway,
      criterion: filters.criterion,
      ...change,
    });
  const category = filters.category ? categories[filters.category] : null;
  const filtered = Boolean(filters.pathway || filters.criterion);

  return (
    <div className="space-y-8">
      <PageHeader
        title={category ? category.name : "Community"}
        description={
          category
            ? category.description
            : "Questions and answers from people building the same kind of case. Replies from mentors whose approval Landed verified carry a badge."
        }
        actions={
          <Link
            href={viewer ? "/community/new" : "/sign-in?next=%2Fcommunity%2Fnew"}
            className={buttonVariants({ variant: "primary" })}
          >
            Ask the community
          </Link>
        }
      />

      {firstParam(raw.deleted) === "question" && (
        <Alert tone="success" aria-label="Question deleted">
          Your question is deleted. It had no replies, so the whole thread is gone.
        </Alert>
      )}

      <CommunitySearchForm />

      <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[14rem_minmax(0,1fr)]">
        <nav aria-label="Categories" className="min-w-0">
          <ul className="relative flex gap-2 overflow-x-auto pb-1 text-sm lg:flex-col lg:gap-1">
            <li>
              <CategoryLink
                href={hrefWith({ category: undefined, cursor: undefined })}
                current={!category}
              >
                All categories
              </CategoryLink>
            </li>
            {categoryList.map((c) => (
              <li key={c.slug}>
                <CategoryLink
                  href={hrefWith({ category: c.slug, cursor: undefined })}
                  current={category?.slug === c.slug}
                >
                  {c.name}
                  {c.visibility === "members" && <span className="sr-only"> (members only)</span>}
                </CategoryLink>
              </li>
            ))}
          </ul>
        </nav>

        <Section id="threads" title="Threads" hiddenTitle className="min-w-0 space-y-4">
          <SortLinks
            label="Sort threads"
            sorts={threadSorts.map((sort) => ({
              href: hrefWith({ sort: sort === "latest" ? undefined : sort, cursor: undefined }),
              label: threadSortLabels[sort],
              current: filters.sort === sort,
            }))}
          />
          <FilterBar
            label="Filter by tag"
            action="/community"
            hidden={{
              category: filters.category,
              sort: filters.sort === "latest" ? undefined : filters.sort,
            }}
            clearHref={
              filtered
                ? hrefWith({ pathway: undefined, criterion: undefined, cursor: undefined })
                : null
            }
          >
            <PathwayFilter value={filters.pathway} selectClassName="w-44" />
            <CriterionFilter value={filters.criterion} selectClassName="w-56" />
          </FilterBar>

          {list.signInRequired ? (
            <EmptyState
              icon={MessagesSquare}
              title="For members only"
              description={`${category?.name ?? "This category"} is readable by signed-in members. Sign in or create a free account to read and join in.`}
              action={
                <Link
                  href={`/sign-in?next=${encodeURIComponent(hrefWith({}))}`}
                  className={buttonVariants({ variant: "primary" })}
                >
                  Sign in
                </Link>
              }
            />
          ) : list.items.length === 0 ? (
            <EmptyState
              icon={MessagesSquare}
              title={
                filtered || filters.sort === "unanswered" ? "No threads match" : "No threads yet"
              }
              description={
                filtered
                  ? "Nothing here has those tags yet. Clear the filters, or ask the first question about it."
                  : filters.sort === "unanswered"
                    ? "Every question here has an accepted answer. Browse the latest threads instead."
                    : "Be the first to ask: questions about criteria, letters, RFEs and timelines are welcome."
              }
              link={
                filtered
                  ? {
                      href: hrefWith({
                        pathway: undefined,
                        criterion: undefined,
                        cursor: undefined,
                      }),
                      label: "Clear filters",
                      variant: "secondary",
                    }
                  : undefined
              }
            />
          ) : (
            <ol className="divide-y divide-border" aria-label="Threads">
              {list.items.map((t) => (
                <li key={t.id}>
                  <ThreadRow thread={t} now={now} />
                </li>
              ))}
            </ol>
          )}

          <Pager
            firstHref={filters.cursor ? hrefWith({ cursor: undefined }) : null}
            nextHref={list.nextCursor ? hrefWith({ cursor: list.nextCursor }) : null}
          />
        </Section>
      </div>
    </div>
  );
}

function CategoryLink({
  href,
  current,
  children,
}: {
  href: string;
  current: boolean;
  children: React.ReactNode;
}) {
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={cn(
        "block whitespace-nowrap rounded-control px-3 py-1.5 hover:bg-surface-muted",
        current && "bg-surface-muted font-semibold",
      )}
    >
      {children}
    </Link>
  );
}

function CommunitySearchForm({ q }: { q?: string }) {
  return (
    <form
      role="search"
      aria-label="Search the community"
      action="/community"
      method="get"
      className="flex max-w-xl items-end gap-2"
    >
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        <Label htmlFor="community-q">Search threads and replies</Label>
        <Input
          id="community-q"
          name="q"
          type="search"
          defaultValue={q}
          minLength={2}
          maxLength={200}
        />
      </div>
      <button type="submit" className={buttonVariants({ variant: "secondary" })}>
        <Search aria-hidden className="size-4" />
        Search
      </button>
    </form>
  );
}

async function SearchResults({
  q,
  cursor,
  viewer,
}: {
  q: string;
  cursor?: string;
  viewer: Actor | null;
}) {
  const signedIn = viewer !== null;
  const parsed = searchSchema.safeParse({ q, cursor });
  const result = parsed.success
    ? await searchCommunity(viewer, parsed.data.q, parsed.data.cursor)
    : null;
  return (
    <div className="space-y-6">
      <PageHeader back={{ href: "/community", label: "Community" }} title="Search results" />
      <CommunitySearchForm q={q} />
      {!parsed.success ? (
        <p role="alert" className="text-danger">
          {parsed.error.issues[0]?.message ?? "Try other words."}
        </p>
      ) : !result || result.items.length === 0 ? (
        <EmptyState
          icon={Search}
          title="Nothing found"
          description={`No thread or reply matches “${q}”${signedIn ? "" : " in the public categories"}. Try fewer or other words, or ask the community.`}
          link={{ href: "/community/new", label: "Ask the community" }}
        />
      ) : (
        <>
          <ol className="divide-y divide-border" aria-label="Results">
            {result.items.map((hit) => (
              <li key={hit.postId} className="space-y-1 py-4">
                <h2 className="font-semibold">
                  <Link
                    href={`${threadHref({ id: hit.threadId, slug: hit.slug })}${hit.isOpening ? "" : `#post-${hit.postId}`}`}
                    className="hover:underline underline-offset-4"
                  >
                    {hit.title}
                  </Link>
                </h2>
                <p className="text-sm text-muted">
                  {hit.isOpening ? "In the question" : "In a reply"} ·{" "}
                  {categories[hit.category].name}
                </p>
                <p className="text-sm">{hit.excerpt}</p>
              </li>
            ))}
          </ol>
          {result.nextCursor && (
            <Link
              href={hrefWithParams("/community", { q, cursor: result.nextCursor })}
              className={buttonVariants({ variant: "secondary" })}
            >
              More results
            </Link>
          )}
        </>
      )}
    </div>
  );
}
