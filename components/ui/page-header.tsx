// The top of a page: where it sits (a link back), its h1, a line of plain words, and the page's
// main action on the right.
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "./cn";

export function PageHeader({
  title,
  description,
  back,
  actions,
  className,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  /** The page one level up, e.g. { href: "/settings", label: "Settings" }. */
  back?: { href: string; label: string };
  /** The page's main action: a link styled as a button, usually. */
  actions?: ReactNode;
  className?: string;
  /** Anything else that belongs to the header, under the description (badges, a status). */
  children?: ReactNode;
}) {
  return (
    <header className={cn("flex flex-wrap items-end justify-between gap-4", className)}>
      <div className="min-w-0 space-y-1">
        {back ? (
          <p className="text-sm">
            <Link href={back.href} className="text-accent underline underline-offset-4">
              {back.label}
            </Link>
          </p>
        ) : null}
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description ? <p className="max-w-2xl text-muted">{description}</p> : null}
        {children}
      </div>
      {actions}
    </header>
  );
}
