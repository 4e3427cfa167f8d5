"use client";
// The small forms on the requests page: each posts one request id (and its words) to one action.
import { useState } from "react";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormDialog } from "@/components/forms/form-dialog";
import { ActionForm } from "@/components/forms/action-form";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { useToastFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/lib/form-state";

/** One text field and a button: "Your answer" / "Your question". */
export function RequestTextForm({
  action,
  requestId,
  name,
  label,
  description,
  submit,
  maxLength,
}: {
  action: FormAction;
  requestId: string;
  name: "answer" | "question";
  label: string;
  description?: string;
  submit: string;
  maxLength: number;
}) {
  const form = useToastFormAction(action);
  const { field } = form;
  return (
    <ActionForm form={form} fields={{ requestId }} className="space-y-3">
      <TextAreaField
        {...field(name)}
        label={label}
        description={description}
        rows={3}
        maxLength={maxLength}
        required
      />
      <SubmitButton size="sm" pendingLabel="Sending…">
        {submit}
      </SubmitButton>
    </ActionForm>
  );
}

/** A single button (Accept) posting the request id; conflicts show beside it. */
export function RequestButtonForm({
  action,
  requestId,
  label,
  accessibleLabel,
}: {
  action: FormAction;
  requestId: string;
  label: string;
  accessibleLabel: string;
}) {
  const { state, formAction } = useToastFormAction(action);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="requestId" value={requestId} />
      <SubmitButton size="sm" pendingLabel="Saving…" aria-label={accessibleLabel}>
        {label}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function WithdrawDialog({
  action,
  requestId,
  mentorName,
}: {
  action: FormAction;
  requestId: string;
  mentorName: string;
}) {
  const [open, setOpen] = useState(false);
  const { state, formAction } = useToastFormAction(action, () => setOpen(false));
  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button size="sm" variant="secondary">
          Withdraw request
        </Button>
      }
      title={`Withdraw your request to ${mentorName}?`}
      description={`${mentorName} will be told. You can ask another mentor, or ask ${mentorName} again later.`}
      formAction={formAction}
      state={state}
      fields={{ requestId }}
      cancel="Keep request"
      submit="Withdraw request"
      pendingLabel="Withdrawing…"
    />
  );
}

export function DeclineDialog({
  action,
  requestId,
  applicantName,
  reasons,
}: {
  action: FormAction;
  requestId: string;
  applicantName: string;
  reasons: Array<{ value: string; label: string }>;
}) {
  const [open, setOpen] = useState(false);
  const { state, formAction, values, errors, field } = useToastFormAction(action, () =>
    setOpen(false),
  );
  return (
    <FormDialog
      open={open}
      onOpenChange={setOpen}
      trigger={
        <Button size="sm" variant="secondary" aria-label={`Decline ${applicantName}'s request`}>
          Decline
        </Button>
      }
      title={`Decline ${applicantName}'s request?`}
      description={`${applicantName} sees the reason you choose and your words, and is pointed to their other matches.`}
      formAction={formAction}
      state={state}
      fields={{ requestId }}
      cancel="Cancel"
      submit="Decline request"
      pendingLabel="Declining…"
    >
      <ChoiceGroup
        type="radio"
        name="reason"
        legend="Reason"
        options={reasons}
        defaultValue={values?.reason}
        errors={errors?.reason}
      />
      <TextAreaField
        {...field("text")}
        label="Anything to add?"
        description="Optional."
        rows={3}
        maxLength={1000}
      />
    </FormDialog>
  );
}
