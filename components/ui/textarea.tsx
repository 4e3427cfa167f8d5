import type { ComponentProps } from "react";
import { cn } from "./cn";
import { fieldClassName } from "./input";

export function Textarea({ className, rows = 4, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      rows={rows}
      className={cn(fieldClassName, "min-h-24 py-2 [&[readonly]]:bg-surface-muted", className)}
      {...props}
    />
  );
}
