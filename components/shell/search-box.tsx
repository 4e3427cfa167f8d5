// The header's search: a plain GET form to /search on wide screens (works before any script runs),
// and an icon link to the search page where the header has no room for a field.
import Link from "next/link";
import { Search } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { fieldClassName } from "@/components/ui/input";

export function SearchBox({ className }: { className?: string }) {
  return (
    <div className={cn("flex items-center", className)}>
      <form
        role="search"
        aria-label="Site search"
        action="/search"
        method="get"
        className="relative hidden 2xl:block"
      >
        <label htmlFor="site-search" className="sr-only">
          Search Landed
        </label>
        <Search
          aria-hidden="true"
          className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted"
        />
        <input
          id="site-search"
          name="q"
          type="search"
          placeholder="Search guides, threads, mentors"
          maxLength={200}
          autoComplete="off"
          className={cn(fieldClassName, "h-9 w-56 pl-8 xl:w-72")}
        />
      </form>
      <Link
        href="/search"
        aria-label="Search Landed"
        className={cn(buttonVariants({ variant: "ghost", size: "md" }), "w-10 px-0 2xl:hidden")}
      >
        <Search aria-hidden="true" />
      </Link>
    </div>
  );
}
