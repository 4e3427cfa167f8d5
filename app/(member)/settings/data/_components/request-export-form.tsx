"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { requestExportAction } from "../actions";

export function RequestExportForm({ inProgress }: { inProgress: boolean }) {
  const { state, formAction } = useFormAction(requestExportAction);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Asking…" disabled={inProgress}>
        Request an export
      </SubmitButton>
    </form>
  );
}
