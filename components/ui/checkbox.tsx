import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A native checkbox, so it posts with the form and needs no script. */
export function Checkbox({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return (
    <input
      type="checkbox"
      className={cn(
        "size-4 shrink-0 cursor-pointer rounded-sm accent-accent",
        "disabled:cursor-not-allowed disabled:opacity-50",
        "aria-[invalid=true]:outline-2 aria-[invalid=true]:outline-offset-2 aria-[invalid=true]:outline-danger",
        className,
      )}
      {...props}
    />
  );
}
