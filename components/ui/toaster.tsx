"use client";

// The toast region in the root layout. It renders nothing until the first toast is shown
// (toast.ts), then loads sonner's toaster (sonner-toaster.tsx): pages that never toast never
// download it.
import { lazy, Suspense, useSyncExternalStore } from "react";
import { toasterWanted } from "./toast";

const SonnerToaster = lazy(() => import("./sonner-toaster"));

export function Toaster() {
  const wanted = useSyncExternalStore(
    toasterWanted.subscribe,
    toasterWanted.get,
    toasterWanted.server,
  );
  return wanted ? (
    <Suspense fallback={null}>
      <SonnerToaster />
    </Suspense>
  ) : null;
}
