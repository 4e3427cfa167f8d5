// A titled part of a page: a <section> named by its h2, with an optional line under the title and
// actions beside it. One shape for every page, so screen readers list the parts by their titles.
import type { ReactNode } from "react";
import { cn } from "./cn";

export function Section({
  id,
  title,
  description,
  actions,
  anchor,
  hiddenTitle = false,
  className,
  children,
}: {
  /** Names the heading (`${id}-heading`); unique on the page. */
  id: string;
  title: ReactNode;
  /** A line of plain words under the title. */
  description?: ReactNode;
  /** Beside the title: a link or a button that acts on the whole section. */
  actions?: ReactNode;
  /** The section's own id, for links such as /settings#notifications. */
  anchor?: string;
  /** For screen readers only, where the page already shows what the part is. */
  hiddenTitle?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const headingId = `${id}-heading`;
  const heading = (
    <h2 id={headingId} className={hiddenTitle ? "sr-only" : "text-lg font-semibold"}>
      {title}
    </h2>
  );
  return (
    <section id={anchor} aria-labelledby={headingId} className={cn("space-y-3", className)}>
      {actions ? (
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          {heading}
          {actions}
        </div>
      ) : (
        heading
      )}
      {description ? <p className="text-sm text-muted">{description}</p> : null}
      {children}
    </section>
  );
}
