"use client";

// The dialog of ConfirmActionButton (confirm-action-button.tsx), loaded on demand: it says what
// will happen, and the form inside posts the action. A success closes the dialog with a toast; an
// error stays in it.
import type { FormAction } from "@/lib/action";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useToastFormAction } from "./use-form-action";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
} from "@/components/ui/dialog";

export interface ConfirmAction {
  action: FormAction;
  fields: Record<string, string>;
  title: string;
  description: string;
  confirm: string;
  pendingLabel: string;
  keep?: string;
}

/** Open while mounted: Keep, Escape or a success calls `onClose`. */
export function ConfirmActionDialog({
  action,
  fields,
  title,
  description,
  confirm,
  pendingLabel,
  keep = "Keep it",
  onClose,
  onCloseAutoFocus,
}: ConfirmAction & { onClose: () => void; onCloseAutoFocus: (event: Event) => void }) {
  const { state, formAction } = useToastFormAction(action, onClose);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent onCloseAutoFocus={onCloseAutoFocus}>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
        <form action={formAction} className="space-y-4">
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {state.status === "error" && <FormMessage state={state} />}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">{keep}</Button>
            </DialogClose>
            <SubmitButton variant="danger" pendingLabel={pendingLabel}>
              {confirm}
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
