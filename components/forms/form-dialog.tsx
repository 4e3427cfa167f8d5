"use client";

// A dialog around one form: the button that opens it, a title that asks the question, what will
// happen, the fields, and the footer (an optional way out, then the submit button). A success
// closes the dialog (the caller's `open`, usually through useToastFormAction), so the dialog shows
// only errors; ConfirmActionDialog is the same shape for a form without fields, loaded on demand.
import type { ReactElement, ReactNode } from "react";
import type { ActionState } from "@/lib/form-state";
import { Button, type ButtonProps } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { cn } from "@/components/ui/cn";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

export function FormDialog({
  trigger,
  title,
  description,
  open,
  onOpenChange,
  formAction,
  state,
  fields = {},
  noValidate,
  className,
  cancel,
  submit,
  pendingLabel,
  submitVariant = "danger",
  children,
}: {
  /** The button that opens the dialog. */
  trigger: ReactElement;
  title: ReactNode;
  description: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  formAction: (formData: FormData) => void;
  state: ActionState;
  /** Hidden fields posted with the form (the id of what it acts on). */
  fields?: Record<string, string>;
  noValidate?: boolean;
  className?: string;
  /** The label of a button that closes the dialog without acting ("Keep it", "Cancel"). */
  cancel?: string;
  submit: ReactNode;
  pendingLabel: string;
  submitVariant?: ButtonProps["variant"];
  children?: ReactNode;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>{description}</DialogDescription>
        <form action={formAction} className={cn("space-y-4", className)} noValidate={noValidate}>
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          {state.status === "error" && <FormMessage state={state} />}
          {children}
          <DialogFooter>
            {cancel ? (
              <DialogClose asChild>
                <Button variant="secondary">{cancel}</Button>
              </DialogClose>
            ) : null}
            <SubmitButton variant={submitVariant} pendingLabel={pendingLabel}>
              {submit}
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
