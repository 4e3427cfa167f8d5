"use client";

// A button that asks before it acts (delete, discard): a dialog says what will happen, and the
// form inside posts the action. A success closes the dialog with a toast; an error stays in it.
import { useState } from "react";
import type { ActionState } from "@/lib/action";
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
  DialogTrigger,
} from "@/components/ui/dialog";

type Action = (prev: ActionState, formData: FormData) => Promise<ActionState>;

export function ConfirmActionButton({
  action,
  fields,
  trigger,
  title,
  description,
  confirm,
  pendingLabel,
  keep = "Keep it",
}: {
  action: Action;
  fields: Record<string, string>;
  /** The button that opens the dialog. */
  trigger: React.ReactNode;
  title: string;
  description: string;
  confirm: string;
  pendingLabel: string;
  keep?: string;
}) {
  const [open, setOpen] = useState(false);
  const { state, formAction } = useToastFormAction(action, () => setOpen(false));
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
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
