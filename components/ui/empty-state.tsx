import Link from "next/link";
import type { ComponentProps, ReactNode } from "react";
import type { IconComponent } from "@/components/ui/icons";
import { buttonVariants } from "./button";
import { cn } from "./cn";

export type EmptyStateProps = Omit<ComponentProps<"div">, "title"> & {
  title: string;
  /** What the person can do next, in plain words. */
  description: ReactNode;
  /** Usually the button that does that next step. */
  action?: ReactNode;
  /** Or that next step as a link shown as a button (primary unless said otherwise). */
  link?: { href: string; label: ReactNode; variant?: "primary" | "secondary" };
  icon?: IconComponent;
  headingLevel?: "h2" | "h3";
};

export function EmptyState({
  title,
  description,
  action,
  link,
  icon: Icon,
  headingLevel: Heading = "h2",
  className,
  ...props
}: EmptyStateProps) {
  const next =
    action ??
    (link ? (
      <Link href={link.href} className={buttonVariants({ variant: link.variant ?? "primary" })}>
        {link.label}
      </Link>
    ) : null);
  return (
    <div
      className={cn(
        "flex flex-col items-center gap-3 rounded-card border border-dashed border-border-strong px-6 py-10 text-center",
        className,
      )}
      {...props}
    >
      {Icon ? (
        <span className="inline-flex size-10 items-center justify-center rounded-full bg-accent-subtle text-accent">
          <Icon aria-hidden="true" className="size-5" />
        </span>
      ) : null}
      <Heading className="text-lg font-semibold text-fg">{title}</Heading>
      <div className="max-w-prose text-sm text-muted">{description}</div>
      {next ? <div className="mt-2">{next}</div> : null}
    </div>
  );
}
