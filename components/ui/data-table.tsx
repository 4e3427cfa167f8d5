// A table of records for staff: it scrolls sideways inside its own region (focusable and named, so
// a keyboard can scroll it), says what it lists in a caption for screen readers, and heads its
// columns. The rows come as children (the <tbody>).
import type { ReactNode } from "react";
import { cn } from "./cn";

export function DataTable({
  label,
  caption,
  columns,
  className,
  tableClassName,
  children,
}: {
  /** Names the scrolling region, e.g. "Members table". */
  label: string;
  caption: string;
  columns: readonly ReactNode[];
  className?: string;
  /** Usually a minimum width, under which the region scrolls. */
  tableClassName?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={cn("relative overflow-x-auto rounded-lg border border-border", className)}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      <table className={cn("w-full text-left text-sm", tableClassName)}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-surface-muted text-muted">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
