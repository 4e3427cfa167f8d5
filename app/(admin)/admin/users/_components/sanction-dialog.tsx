"use client";

// Suspend, ban or restore one person: a dialog that asks how long (for a suspension) and why.
import { useState } from "react";
import { FormDialog } from "@/components/forms/form-dialog";
import { SelectField } from "@/components/forms/select-field";
import { useToastFormAction } from "@/components/forms/use-form-action";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/form-state";

type Mode = "suspend" | "restore" | "ban";

interface SanctionDialogProps {
  mode: Mode;
  userId: string;
  displayName: string;
  action: FormAction;
  /** For a suspension: the lengths offered, and the first and last day a custom end may fall on. */
  durations?: Array<{ value: string; label: string }>;
  customBounds?: { min: string; max: string };
}

const verbs: Record<Mode, string> = { suspend: "Suspend", restore: "Restore", ban: "Ban" };

const descriptions: Record<Mode, string> = {
  suspend:
    "They are signed out everywhere at once and cannot sign in, post, request or message until the suspension ends. They see the reason when they try to sign in; it is also recorded in the audit log.",
  ban: "They are signed out everywhere at once and cannot sign in again unless an admin lifts the ban. They see the reason when they try to sign in; it is also recorded in the audit log.",
  restore: "They will be able to sign in again. The reason is recorded in the audit log.",
};

export function SanctionDialog({
  mode,
  userId,
  displayName,
  action,
  durations = [],
  customBounds,
}: SanctionDialogProps) {
  const [open, setOpen] = useState(false);
  const { state, formAction, values, errors, field } = useToastFormAction(action, () =>
    setOpen(false),
  );
  const [duration, setDuration] = useState(values?.duration ?? "7d");
  const verb = verbs[mode];
  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button
          size="sm"
          variant={mode === "ban" ? "danger" : "secondary"}
          aria-label={`${verb} ${displayName}`}
        >
          {verb}
        </Button>
      }
      title={`${verb} ${displayName}?`}
      description={descriptions[mode]}
      formAction={formAction}
      state={state}
      fields={{ userId }}
      submit={verb}
      pendingLabel="Saving…"
      submitVariant={mode === "restore" ? "primary" : "danger"}
    >
      {mode === "suspend" && (
        <SelectField
          name="duration"
          label="How long"
          value={duration}
          onChange={(e) => setDuration(e.target.value)}
          errors={errors?.duration}
          options={durations}
        />
      )}
      {mode === "suspend" && duration === "custom" && (
        <TextField
          {...field("until")}
          type="date"
          label="Ends on"
          description="The suspension ends at the start of this day (UTC), at most a year from now."
          required
          min={customBounds?.min}
          max={customBounds?.max}
        />
      )}
      <TextAreaField
        {...field("reason")}
        label="Reason"
        description={mode === "restore" ? undefined : "The person is shown this reason."}
        rows={3}
        maxLength={500}
        required
      />
    </FormDialog>
  );
}
