import { Skeleton } from "./skeleton";

/** The loading state of a list page: a heading, an intro line and a few card outlines. */
export function ListSkeleton({ label = "Loading…", rows = 4 }: { label?: string; rows?: number }) {
  return (
    <div className="space-y-6">
      <p role="status" className="sr-only">
        {label}
      </p>
      <Skeleton className="h-8 w-56" />
      <Skeleton className="h-4 w-full max-w-xl" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="space-y-2 border-b border-border py-4">
          <Skeleton className="h-3 w-24" />
          <Skeleton className="h-5 w-3/4" />
          <Skeleton className="h-4 w-full" />
        </div>
      ))}
    </div>
  );
}
