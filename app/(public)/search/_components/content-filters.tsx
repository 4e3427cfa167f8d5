// Filters for the guides and articles tab: kind and pathway, as a plain GET form.
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { contentKindLabels, contentKinds } from "@/lib/content/kinds";
import { pathwayList } from "@/lib/domain/pathways";
import type { SearchParams } from "@/lib/search/schemas";
import { searchHref } from "./href";

export function ContentFilters({ params }: { params: SearchParams }) {
  const filtered = Boolean(params.kind || params.pathway);
  return (
    <form
      action="/search"
      method="get"
      aria-label="Filter guides and articles"
      className="flex flex-wrap items-end gap-3 rounded-card border border-border bg-surface-raised p-3"
    >
      <input type="hidden" name="q" value={params.q} />
      <input type="hidden" name="type" value="content" />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-kind">Kind</Label>
        <Select id="filter-kind" name="kind" defaultValue={params.kind ?? ""} className="w-44">
          <option value="">Any kind</option>
          {contentKinds.map((k) => (
            <option key={k} value={k}>
              {contentKindLabels[k]}
            </option>
          ))}
        </Select>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="filter-pathway">Pathway</Label>
        <Select
          id="filter-pathway"
          name="pathway"
          defaultValue={params.pathway ?? ""}
          className="w-44"
        >
          <option value="">Any pathway</option>
          {pathwayList.map((p) => (
            <option key={p.code} value={p.code}>
              {p.short}
            </option>
          ))}
        </Select>
      </div>
      <button type="submit" className={buttonVariants({ variant: "secondary", size: "sm" })}>
        Apply filters
      </button>
      {filtered && (
        <Link
          href={searchHref(params, { kind: undefined, pathway: undefined, cursor: undefined })}
          className={buttonVariants({ variant: "link", size: "sm" })}
        >
          Clear filters
        </Link>
      )}
    </form>
  );
}
