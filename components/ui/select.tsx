import type { ComponentProps } from "react";
import { cn } from "./cn";
import { fieldClassName } from "./input";

/** A native <select>: works without JavaScript, in FormData, and with every screen reader. */
export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(fieldClassName, "h-10 pr-8", className)} {...props} />;
}
