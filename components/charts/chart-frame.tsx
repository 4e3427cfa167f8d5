// The frame every chart shares: a figure with its caption, the picture (or an empty message), and
// the numbers as a table that only screen readers reach.
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export interface ChartFrameProps {
  title: string;
  description?: ReactNode;
  /** Shown instead of the picture and the table when there is nothing to draw. */
  empty?: ReactNode;
  table: {
    headers: [string, string];
    rows: { label: string; value: string }[];
  };
  className?: string;
  children: ReactNode;
}

export function ChartFrame({
  title,
  description,
  empty,
  table,
  className,
  children,
}: ChartFrameProps) {
  // Named by its title alone (the figcaption also holds the description).
  const titleId = useId();
  return (
    <figure aria-labelledby={titleId} className={cn("flex min-w-0 flex-col gap-3", className)}>
      <figcaption>
        <span id={titleId} className="block font-semibold text-fg">
          {title}
        </span>
        {description ? <span className="block text-sm text-muted">{description}</span> : null}
      </figcaption>
      {empty ? (
        <p className="rounded-control border border-dashed border-border-strong px-4 py-8 text-center text-sm text-muted">
          {empty}
        </p>
      ) : (
        <>
          {children}
          {/* A table ignores width: 1px, so the wrapper is what hides it (and keeps 360 px from overflowing). */}
          <div className="sr-only">
            <table>
              <caption>{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{table.headers[0]}</th>
                  <th scope="col">{table.headers[1]}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={`${row.label}-${i}`}>
                    <th scope="row">{row.label}</th>
                    <td>{row.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
