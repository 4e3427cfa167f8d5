import type { ComponentProps } from "react";
import { cn } from "./cn";

/** Shared by input, textarea and select so fields look alike. */
export const fieldClassName = cn(
  "w-full rounded-control border border-border-strong bg-surface-raised px-3 text-fg",
  // 16px on phones stops iOS zooming into the field.
  "text-base sm:text-sm placeholder:text-muted",
  "disabled:cursor-not-allowed disabled:opacity-50",
  "aria-[invalid=true]:border-danger aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-danger",
);

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return (
    <input
      type={type}
      className={cn(fieldClassName, "h-10 [&[readonly]]:bg-surface-muted", className)}
      {...props}
    />
  );
}
