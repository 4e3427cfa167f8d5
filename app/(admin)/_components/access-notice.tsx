// What a staff page says in place of itself to someone whose role may not use it: the page's
// title, why, and where to go instead. The admin layout says it for members; admin-only pages say
// it for moderators.
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

export function AccessNotice({
  title,
  children,
  className,
}: {
  title: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("max-w-lg space-y-2", className)}>
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {children}
    </div>
  );
}
