"use client";

import { useState } from "react";
import { FormDialog } from "@/components/forms/form-dialog";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { endMentorshipAction } from "../actions";

export function EndMentorship({ requestId, otherName }: { requestId: string; otherName: string }) {
  const [open, setOpen] = useState(false);
  const { state, formAction } = useFormAction(endMentorshipAction);
  return (
    <FormDialog
      open={open && state.status !== "success"}
      onOpenChange={setOpen}
      trigger={<Button variant="secondary">End mentorship</Button>}
      title="End this mentorship?"
      description={`The space with ${otherName} becomes read-only: you can still read the messages, checklist and goals, but nobody can change them. This cannot be undone.`}
      formAction={formAction}
      state={state}
      fields={{ requestId }}
      className="space-y-3"
      cancel="Keep going"
      submit="End mentorship"
      pendingLabel="Ending…"
    />
  );
}
