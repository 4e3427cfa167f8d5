import type { ComponentProps, ReactNode } from "react";
import type { IconComponent } from "@/components/ui/icons";
import { cn } from "./cn";

export type EmptyStateProps = Omit<ComponentProps<"div">, "title"> & {
  title: string;
  /** What the person can do next, in plain words. */
  description: ReactNode;
  /** Usually the button that does that next step. */
  action?: ReactNode;
  icon?: IconComponent;
  headingLevel?: "h2" | "h3";
};

export function EmptyState({
  title,
  description,
  action,
  icon: Icon,
  headingLevel: Heading = "h2",
  className,
  ...props
}: EmptyStateProps) {
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
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
