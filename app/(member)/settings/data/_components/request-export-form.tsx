"use client";

import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { requestExportAction } from "../actions";

export function RequestExportForm({ inProgress }: { inProgress: boolean }) {
  return (
    <ActionForm form={useFormAction(requestExportAction)} className="space-y-3">
      <SubmitButton pendingLabel="Asking…" disabled={inProgress}>
        Request an export
      </SubmitButton>
    </ActionForm>
  );
}
