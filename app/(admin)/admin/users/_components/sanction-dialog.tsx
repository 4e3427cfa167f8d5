"use client";

import { useId, useState } from "react";
import { toast } from "sonner";
import { FormMessage } from "@/components/forms/form-message";
import { useFormAction } from "@/components/forms/use-form-action";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ActionState } from "@/lib/form-state";

interface SanctionDialogProps {
  mode: "suspend" | "restore";
  userId: string;
  displayName: string;
  action: (prev: ActionState, formData: FormData) => Promise<ActionState>;
  durations: Array<{ value: string; label: string }>;
}

export function SanctionDialog({
  mode,
  userId,
  displayName,
  action,
  durations,
}: SanctionDialogProps) {
  const [open, setOpen] = useState(false);
  const { state, formAction, values, errors } = useFormAction(
    async (prev: ActionState, formData: FormData) => {
      const result = await action(prev, formData);
      if (result.status === "success") {
        setOpen(false);
        toast.success(result.message ?? "Done.");
      }
      return result;
    },
  );
  const durationId = useId();

  const verb = mode === "suspend" ? "Suspend" : "Restore";
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="secondary" aria-label={`${verb} ${displayName}`}>
          {verb}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>
          {verb} {displayName}?
        </DialogTitle>
        <DialogDescription>
          {mode === "suspend"
            ? "They are signed out everywhere at once and cannot sign in until the suspension ends. The reason is recorded in the audit log."
            : "They will be able to sign in again. The reason is recorded in the audit log."}
        </DialogDescription>
        <form action={formAction} className="space-y-4">
          <FormMessage state={state} />
          <input type="hidden" name="userId" value={userId} />
          {mode === "suspend" && (
            <div className="space-y-1.5">
              <Label htmlFor={durationId}>How long</Label>
              <Select id={durationId} name="duration" defaultValue="7d">
                {durations.map((d) => (
                  <option key={d.value} value={d.value}>
                    {d.label}
                  </option>
                ))}
              </Select>
            </div>
          )}
          <TextAreaField
            name="reason"
            label="Reason"
            rows={3}
            maxLength={500}
            required
            defaultValue={values?.reason}
            errors={errors?.reason}
          />
          <DialogFooter>
            <SubmitButton
              variant={mode === "suspend" ? "danger" : "primary"}
              pendingLabel="Saving…"
            >
              {verb}
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
