// The sorts of a list as links: the current one marked for the eye and for screen readers.
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export function SortLinks({
  label,
  sorts,
}: {
  /** The navigation's accessible name, e.g. "Sort threads". */
  label: string;
  sorts: readonly { href: string; label: string; current: boolean }[];
}) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1 text-sm">
        {sorts.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              aria-current={s.current ? "page" : undefined}
              className={cn(
                buttonVariants({ variant: s.current ? "secondary" : "ghost", size: "sm" }),
                s.current && "font-semibold",
              )}
            >
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
