"use client";

import { useEffect } from "react";
import { buttonVariants } from "@/components/ui/button-variants";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    // The server has logged the details; the digest lets support find them.
    console.warn("Page error", error.digest);
  }, [error]);
  return (
    <main
      id="main"
      className="mx-auto flex min-h-[60dvh] max-w-lg flex-col items-start justify-center gap-4 px-4"
    >
      <h1 className="text-3xl font-semibold tracking-tight">Something went wrong</h1>
      <p className="text-muted">
        We could not load this page. This is on our side, not yours; please try again in a moment.
        {error.digest && <span className="mt-2 block text-xs">Reference: {error.digest}</span>}
      </p>
      {/* A plain button: Button would bring Radix's Slot into every page (this boundary loads with each). */}
      <button type="button" className={buttonVariants()} onClick={reset}>
        Try again
      </button>
    </main>
  );
}
