"use client";

import type { ActionState } from "@/lib/form-state";
import { Alert } from "@/components/ui/alert";

/** The form-level outcome of an action; field errors are shown beside their fields instead. */
export function FormMessage({ state, className }: { state: ActionState; className?: string }) {
  if (state.status === "error") {
    return (
      <Alert tone="danger" aria-label="Form error" className={className}>
        {state.message}
      </Alert>
    );
  }
  if (state.status === "success" && state.message) {
    return (
      <Alert tone="success" aria-label="Form success" className={className}>
        {state.message}
      </Alert>
    );
  }
  return null;
}
