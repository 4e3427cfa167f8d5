// "First page" and "Next page" links under a keyset-paginated list; nothing when there is one page.
import Link from "next/link";
import { buttonVariants } from "./button";

export function Pager({
  firstHref,
  nextHref,
  label = "Pages",
  firstLabel = "First page",
  nextLabel = "Next page",
}: {
  /** Set on a later page: back to the start. */
  firstHref?: string | null;
  /** Set when there is more. */
  nextHref?: string | null;
  label?: string;
  firstLabel?: string;
  nextLabel?: string;
}) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap gap-3 pt-2">
      {firstHref && (
        <Link href={firstHref} className={buttonVariants({ variant: "secondary" })}>
          {firstLabel}
        </Link>
      )}
      {nextHref && (
        <Link href={nextHref} className={buttonVariants({ variant: "secondary" })}>
          {nextLabel}
        </Link>
      )}
    </nav>
  );
}
