"use client";

import { useState } from "react";
import { toast } from "sonner";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
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
import type { ActionState } from "@/lib/action";
import { deleteCaseRecordAction } from "../actions";

export function DeleteCaseDialog({ recordId, title }: { recordId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const { state, formAction } = useFormAction(async (prev: ActionState, formData: FormData) => {
    const result = await deleteCaseRecordAction(prev, formData);
    if (result.status === "success") {
      setOpen(false);
      toast.success(result.message ?? "Deleted.");
    }
    return result;
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={`Delete ${title}`}>
          Delete
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Delete this case record?</DialogTitle>
        <DialogDescription>
          {title} will no longer show on your profile or count in matching. If an admin verified it,
          that verification goes too. This cannot be undone.
        </DialogDescription>
        <form action={formAction} className="space-y-4">
          <FormMessage state={state} />
          <input type="hidden" name="id" value={recordId} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Keep it</Button>
            </DialogClose>
            <SubmitButton variant="danger" pendingLabel="Deleting…">
              Delete case record
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
