"use client";

import { useState } from "react";
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
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import { endMentorshipAction } from "../actions";

export function EndMentorship({ requestId, otherName }: { requestId: string; otherName: string }) {
  const [open, setOpen] = useState(false);
  const { state, formAction } = useFormAction(endMentorshipAction);
  return (
    <Dialog open={open && state.status !== "success"} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary">End mentorship</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>End this mentorship?</DialogTitle>
          <DialogDescription>
            The space with {otherName} becomes read-only: you can still read the messages, checklist
            and goals, but nobody can change them. This cannot be undone.
          </DialogDescription>
        </DialogHeader>
        <form action={formAction} className="space-y-3">
          <input type="hidden" name="requestId" value={requestId} />
          {state.status === "error" && <FormMessage state={state} />}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Keep going</Button>
            </DialogClose>
            <SubmitButton variant="danger" pendingLabel="Ending…">
              End mentorship
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
