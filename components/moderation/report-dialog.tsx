"use client";

// The report dialog: why (one reason, and words when it is "something else"). The reporter is
// told the outcome later, in notifications and on /moderation. Loaded on demand by ReportButton
// (report-button.tsx), so pages with a Report button do not ship the dialog until it is wanted.
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { useToastFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
} from "@/components/ui/dialog";
import type { FormAction } from "@/lib/action";
import {
  reportReasonLabels,
  reportReasons,
  reportTargetLabels,
  type ReportTargetType,
} from "@/lib/moderation/vocabulary";

export interface ReportTarget {
  action: FormAction;
  targetType: ReportTargetType;
  targetId: string;
}

/** Open while mounted: closing (Cancel, Escape, a sent report) calls `onClose`. */
export function ReportDialog({
  action,
  targetType,
  targetId,
  onClose,
  onCloseAutoFocus,
}: ReportTarget & { onClose: () => void; onCloseAutoFocus: (event: Event) => void }) {
  const { state, formAction, values, errors, field } = useToastFormAction(action, onClose);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogTitle>Report this {reportTargetLabels[targetType]}</DialogTitle>
        <DialogDescription>
          Moderators review every report. The author is not told who reported it.
        </DialogDescription>
        <form action={formAction} className="space-y-4">
          <input type="hidden" name="targetType" value={targetType} />
          <input type="hidden" name="targetId" value={targetId} />
          {state.status === "error" && <FormMessage state={state} />}
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">What is wrong?</legend>
            {reportReasons.map((r, i) => (
              <label key={r} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="reason"
                  value={r}
                  required
                  defaultChecked={values?.reason ? values.reason === r : i === 0}
                  className="mt-0.5 size-4 accent-accent"
                />
                {reportReasonLabels[r]}
              </label>
            ))}
            {errors?.reason && <p className="text-sm text-danger">{errors.reason.join(" ")}</p>}
          </fieldset>
          <TextAreaField
            {...field("details")}
            label="Details (needed for “something else”)"
            rows={3}
            maxLength={1000}
          />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <SubmitButton pendingLabel="Sending…">Send report</SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
