"use client";

import { useState } from "react";
import { FormDialog } from "@/components/forms/form-dialog";
import { useToastFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { deleteCaseRecordAction } from "../actions";

export function DeleteCaseDialog({ recordId, title }: { recordId: string; title: string }) {
  const [open, setOpen] = useState(false);
  const { state, formAction } = useToastFormAction(deleteCaseRecordAction, () => setOpen(false));
  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Delete ${title}`}>
          Delete
        </Button>
      }
      title="Delete this case record?"
      description={`${title} will no longer show on your profile or count in matching. If an admin verified it, that verification goes too. This cannot be undone.`}
      formAction={formAction}
      state={state}
      fields={{ id: recordId }}
      cancel="Keep it"
      submit="Delete case record"
      pendingLabel="Deleting…"
    />
  );
}
