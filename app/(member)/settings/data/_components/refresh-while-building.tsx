"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** While an export is being prepared, reloads the page's data every few seconds to show it ready. */
export function RefreshWhileBuilding({ everyMs = 4000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
