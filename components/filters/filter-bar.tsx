// The frame of a list page's filters: a GET form, its fields, Apply, and Clear once something is
// filtered. The values ride in the address, so a filtered list can be shared and reloaded.
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export function FilterBar({
  label,
  action,
  hidden = {},
  clearHref,
  applyLabel = "Apply filters",
  clearLabel = "Clear filters",
  className,
  children,
}: {
  /** The form's accessible name, e.g. "Filter the library". */
  label: string;
  action: string;
  /** Values the form carries along unchanged (the search words, the sort). */
  hidden?: Record<string, string | undefined | null>;
  /** Where "Clear filters" leads; no link when nothing is filtered. */
  clearHref?: string | null;
  applyLabel?: string;
  clearLabel?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <form
      action={action}
      method="get"
      aria-label={label}
      className={cn(
        "flex flex-wrap items-end gap-3 rounded-card border border-border bg-surface-raised p-3",
        className,
      )}
    >
      {Object.entries(hidden).map(([name, value]) =>
        value ? <input key={name} type="hidden" name={name} value={value} /> : null,
      )}
      {children}
      <div className="flex flex-wrap items-center gap-2">
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          {applyLabel}
        </button>
        {clearHref ? (
          <Link href={clearHref} className={buttonVariants({ variant: "ghost" })}>
            {clearLabel}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
