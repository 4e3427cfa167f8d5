import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A placeholder shape; hidden from assistive tech, so pair it with a "Loading…" status nearby. */
export function Skeleton({ className, ...props }: ComponentProps<"div">) {
  return (
    <div
      aria-hidden="true"
      className={cn("rounded-control bg-surface-muted motion-safe:animate-pulse", className)}
      {...props}
    />
  );
}
