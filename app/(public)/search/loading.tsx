import { Skeleton } from "@/components/ui/skeleton";
import { ResultsSkeleton } from "./_components/skeleton";

export default function SearchLoading() {
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
        <Skeleton className="h-5 w-72 max-w-full" />
      </div>
      <Skeleton className="h-10 w-full max-w-2xl" />
      <ResultsSkeleton />
    </div>
  );
}
