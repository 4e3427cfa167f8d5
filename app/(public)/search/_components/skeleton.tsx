// Placeholder rows while results load, with a status for screen readers.
import { Skeleton } from "@/components/ui/skeleton";

export function ResultsSkeleton() {
  return (
    <div className="space-y-6">
      <p role="status" className="sr-only">
        Searching…
      </p>
      {[0, 1, 2].map((i) => (
        <div key={i} className="space-y-2 border-b border-border pb-4">
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-4 w-1/3" />
          <Skeleton className="h-4 w-full" />
        </div>
      ))}
    </div>
  );
}
