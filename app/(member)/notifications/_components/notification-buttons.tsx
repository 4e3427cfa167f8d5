"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { markAllReadAction, markReadAction } from "../actions";

/** "Mark as read" for one notification; `about` names it for screen readers. */
export function MarkReadButton({ id, about }: { id: number; about: string }) {
  const { state, formAction } = useFormAction(markReadAction);
  return (
    <form action={formAction} className="shrink-0">
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="ghost" size="sm" pendingLabel="Marking…" aria-describedby={about}>
        Mark as read
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} className="mt-2" />}
    </form>
  );
}

export function MarkAllReadButton() {
  const { state, formAction } = useFormAction(markAllReadAction);
  return (
    <form action={formAction} className="space-y-2">
      <SubmitButton variant="secondary" size="sm" pendingLabel="Marking…">
        Mark all as read
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
