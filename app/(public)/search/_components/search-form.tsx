// The search page's own form: a plain GET, so it works before any script runs. It keeps the chosen
// tab and filters, and starts the results over from the first page.
import { Search } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { SEARCH_MAX, type SearchParams } from "@/lib/search/schemas";

export function SearchForm({ params }: { params: SearchParams }) {
  return (
    <form
      role="search"
      action="/search"
      method="get"
      className="flex max-w-2xl flex-wrap items-end gap-2"
    >
      <div className="flex min-w-0 flex-1 basis-48 flex-col gap-1.5">
        <Label htmlFor="search-q">Search Landed</Label>
        <Input
          id="search-q"
          name="q"
          type="search"
          defaultValue={params.q}
          maxLength={SEARCH_MAX}
          autoComplete="off"
          aria-describedby="search-q-hint"
        />
      </div>
      {params.type !== "all" && <input type="hidden" name="type" value={params.type} />}
      {params.type === "content" && params.kind && (
        <input type="hidden" name="kind" value={params.kind} />
      )}
      {params.type === "content" && params.pathway && (
        <input type="hidden" name="pathway" value={params.pathway} />
      )}
      <button type="submit" className={buttonVariants({ variant: "primary" })}>
        <Search aria-hidden="true" />
        Search
      </button>
      <p id="search-q-hint" className="w-full text-sm text-muted">
        Use quotes for a phrase (&ldquo;expert letters&rdquo;) and a minus to leave a word out
        (-draft).
      </p>
    </form>
  );
}
