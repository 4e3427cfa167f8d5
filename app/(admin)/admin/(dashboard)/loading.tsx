import { Skeleton } from "@/components/ui/skeleton";

// In its own route group, so it covers /admin only: around users/[id] or queue/[id] it would turn
// their 404 into a streamed 200.
export default function Loading() {
  return (
    <div className="space-y-6">
      <p role="status" className="sr-only">
        Loading…
      </p>
      <Skeleton className="h-8 w-48" />
      <Skeleton className="h-4 w-full max-w-xl" />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} className="h-24" />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} className="h-64" />
        ))}
      </div>
    </div>
  );
}
