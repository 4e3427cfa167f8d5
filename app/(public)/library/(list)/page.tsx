import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { LibraryBig } from "@/components/ui/icons";
import { ContentCard } from "@/components/content/content-card";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { getCurrentUser } from "@/lib/auth/session";
import { canWriteContent, listLibrary, listPopularContent } from "@/lib/content/queries";
import { contentKindLabels, contentKinds } from "@/lib/content/kinds";
import { libraryFiltersSchema } from "@/lib/content/schemas";
import { criteria, criterionCodes } from "@/lib/domain/criteria";
import { pathwayList } from "@/lib/domain/pathways";
import { stageCodes, stages } from "@/lib/domain/stages";

export const metadata: Metadata = {
  title: "Library",
  description:
    "Guides, checklists and opportunities for EB-1A, EB-2 NIW, O-1A and EB-1B cases, written by mentors who were approved.",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function LibraryPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const viewer = await getCurrentUser();
  const filters = libraryFiltersSchema.parse({
    kind: one(raw.kind),
    pathway: one(raw.pathway),
    criterion: one(raw.criterion),
    stage: one(raw.stage),
    cursor: one(raw.cursor),
  });
  const filtered = Boolean(filters.kind || filters.pathway || filters.criterion || filters.stage);
  // Popular first unless the reader filters or asks for the newest.
  const sort = one(raw.sort) === "newest" || filtered ? "newest" : "popular";
  const [list, mayWrite] = await Promise.all([
    sort === "popular" ? listPopularContent(filters.cursor) : listLibrary(filters),
    viewer ? canWriteContent(viewer) : Promise.resolve(false),
  ]);
  const now = new Date();

  const hrefWith = (change: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const next = {
      sort: sort === "newest" && !filtered ? "newest" : undefined,
      kind: filters.kind,
      pathway: filters.pathway,
      criterion: filters.criterion,
      stage: filters.stage,
      ...change,
    };
    for (const [k, v] of Object.entries(next)) if (v) params.set(k, v);
    const s = params.toString();
    return s ? `/library?${s}` : "/library";
  };

  return (
    <div className="space-y-8">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">Library</h1>
          <p className="max-w-2xl text-muted">
            Guides, checklists and opportunities written by mentors who were approved, and official
            notes from the Landed team. Experience, not legal advice.
          </p>
        </div>
        {mayWrite && (
          <Link href="/write/new" className={buttonVariants({ variant: "primary" })}>
            Write something
          </Link>
        )}
      </header>

      <form
        action="/library"
        method="get"
        aria-label="Filter the library"
        className="flex flex-wrap items-end gap-3 rounded-card border border-border bg-surface-raised p-3"
      >
        <FilterSelect id="library-kind" name="kind" label="Kind" value={filters.kind}>
          {contentKinds.map((k) => (
            <option key={k} value={k}>
              {contentKindLabels[k]}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="library-pathway" name="pathway" label="Pathway" value={filters.pathway}>
          {pathwayList.map((p) => (
            <option key={p.code} value={p.code}>
              {p.short}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          id="library-criterion"
          name="criterion"
          label="Criterion"
          value={filters.criterion}
        >
          {criterionCodes.map((c) => (
            <option key={c} value={c}>
              {criteria[c].name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="library-stage" name="stage" label="Stage" value={filters.stage}>
          {stageCodes.map((s) => (
            <option key={s} value={s}>
              {stages[s].label}
            </option>
          ))}
        </FilterSelect>
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Apply
        </button>
        {filtered && (
          <Link href="/library" className={buttonVariants({ variant: "ghost" })}>
            Clear
          </Link>
        )}
      </form>

      <section aria-labelledby="items-heading" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="items-heading" className="text-lg font-semibold">
            {filtered ? "Matching items" : sort === "popular" ? "Most saved" : "Newest"}
          </h2>
          {!filtered && (
            <nav aria-label="Sort the library">
              <ul className="flex gap-1 text-sm">
                {(["popular", "newest"] as const).map((s) => (
                  <li key={s}>
                    <Link
                      href={s === "newest" ? "/library?sort=newest" : "/library"}
                      aria-current={sort === s ? "page" : undefined}
                      className={cn(
                        buttonVariants({ variant: sort === s ? "secondary" : "ghost", size: "sm" }),
                        sort === s && "font-semibold",
                      )}
                    >
                      {s === "popular" ? "Most saved" : "Newest"}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
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
            action={
              <Link
                href={filtered ? "/library" : "/community"}
                className={buttonVariants({ variant: "secondary" })}
              >
                {filtered ? "Clear the filters" : "Go to the community"}
              </Link>
            }
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

function FilterSelect({
  id,
  name,
  label,
  value,
  children,
}: {
  id: string;
  name: string;
  label: string;
  value?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-w-36 flex-1 flex-col gap-1.5 sm:flex-none">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">Any</option>
        {children}
      </Select>
    </div>
  );
}
