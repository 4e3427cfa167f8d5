import Link from "next/link";
import { Search } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { CriterionFilter, FilterSelect, PathwayFilter } from "@/components/filters/filter-select";
import { fieldOptions } from "@/lib/domain/case-facts";
import { countryOptions, languageOptions } from "@/lib/domain/countries";
import type { directoryFiltersSchema } from "@/lib/mentors/schemas";
import type { z } from "zod";

type Filters = z.output<typeof directoryFiltersSchema>;

/** The directory's GET form: it works without script and keeps its state in the address. */
export function DirectorySearch({ filters, active }: { filters: Filters; active: boolean }) {
  return (
    <form
      role="search"
      aria-label="Mentor directory search"
      action="/mentors/directory"
      method="get"
      className="space-y-4 rounded-card border border-border bg-surface-raised p-4 sm:p-5"
    >
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="directory-q">Search mentors</Label>
        <p id="directory-q-hint" className="text-sm text-muted">
          Words from a bio, a field or a topic, like “peer review” or “materials science”.
        </p>
        <div className="flex gap-2">
          <Input
            id="directory-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={200}
            aria-describedby="directory-q-hint"
          />
          <button type="submit" className={buttonVariants({ variant: "primary" })}>
            <Search aria-hidden="true" />
            Search
          </button>
        </div>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Filters</legend>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          <PathwayFilter id="directory-pathway" value={filters.pathway} />
          <CriterionFilter
            id="directory-criterion"
            label="Criterion accepted"
            value={filters.criterion}
          />
          <FilterSelect
            id="directory-field"
            name="field"
            label="Field"
            value={filters.field}
            options={fieldOptions}
            anyLabel="Any field"
          />
          <FilterSelect
            id="directory-country"
            name="country"
            label="Country of birth"
            value={filters.country}
            options={countryOptions}
            anyLabel="Any country"
          />
          <FilterSelect
            id="directory-language"
            name="language"
            label="Language"
            value={filters.language}
            options={languageOptions}
            anyLabel="Any language"
          />
        </div>
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-6">
          <CheckboxField
            id="directory-verified"
            name="verified"
            value="1"
            defaultChecked={filters.verified}
            label="Verified outcomes only"
            hint="An admin has checked their approval notice."
          />
          <CheckboxField
            id="directory-accepting"
            name="accepting"
            value="1"
            defaultChecked={filters.accepting}
            label="Accepting mentees now"
            hint="Open to requests, with a free seat."
          />
        </div>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Apply filters
        </button>
        {active && (
          <Link
            href="/mentors/directory"
            className="text-accent underline underline-offset-4 hover:text-accent-hover"
          >
            Clear search and filters
          </Link>
        )}
      </div>
      <p className="text-xs text-muted">
        Country of birth finds only mentors who chose to show it to members.
      </p>
    </form>
  );
}
