// Filters for the guides and articles tab: kind and pathway, as a plain GET form.
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterSelect, PathwayFilter } from "@/components/filters/filter-select";
import { contentKindOptions } from "@/lib/content/vocabulary";
import type { SearchParams } from "@/lib/search/schemas";
import { searchHref } from "./href";

export function ContentFilters({ params }: { params: SearchParams }) {
  const filtered = Boolean(params.kind || params.pathway);
  return (
    <FilterBar
      label="Filter guides and articles"
      action="/search"
      hidden={{ q: params.q, type: "content" }}
      clearHref={
        filtered
          ? searchHref(params, { kind: undefined, pathway: undefined, cursor: undefined })
          : null
      }
    >
      <FilterSelect
        id="filter-kind"
        name="kind"
        label="Kind"
        value={params.kind}
        options={contentKindOptions}
        anyLabel="Any kind"
        selectClassName="w-44"
      />
      <PathwayFilter value={params.pathway} selectClassName="w-44" />
    </FilterBar>
  );
}
