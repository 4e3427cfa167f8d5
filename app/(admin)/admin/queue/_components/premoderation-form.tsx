"use client";

import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Checkbox } from "@/components/ui/checkbox";
import { premoderationAction } from "../actions";

export function PremoderationForm({
  value,
}: {
  value: { enabled: boolean; accountAgeHours: number };
}) {
  const form = useFormAction(premoderationAction);
  const { field } = form;
  return (
    <ActionForm form={form} className="space-y-3">
      <label className="flex items-center gap-2 text-sm">
        <Checkbox name="enabled" defaultChecked={value.enabled} />
        Hold the first posts of new accounts
      </label>
      <TextField
        {...field("accountAgeHours", String(value.accountAgeHours))}
        type="number"
        min={1}
        max={2160}
        label="New means younger than (hours)"
        className="sm:w-56"
      />
      <SubmitButton size="sm" pendingLabel="Saving…">
        Save
      </SubmitButton>
    </ActionForm>
  );
}
