"use client";
// The small forms on the requests page: each posts one request id (and its words) to one action.
import { useState } from "react";
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
  DialogTrigger,
} from "@/components/ui/dialog";
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
  const { state, formAction, values, errors } = useToastFormAction(action);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextAreaField
        name={name}
        label={label}
        description={description}
        rows={3}
        maxLength={maxLength}
        required
        defaultValue={values?.[name]}
        errors={errors?.[name]}
      />
      <SubmitButton size="sm" pendingLabel="Sending…">
        {submit}
      </SubmitButton>
    </form>
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
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="secondary">
          Withdraw request
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Withdraw your request to {mentorName}?</DialogTitle>
        <DialogDescription>
          {mentorName} will be told. You can ask another mentor, or ask {mentorName} again later.
        </DialogDescription>
        <form action={formAction} className="space-y-4">
          <FormMessage state={state} />
          <input type="hidden" name="requestId" value={requestId} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Keep request</Button>
            </DialogClose>
            <SubmitButton variant="danger" pendingLabel="Withdrawing…">
              Withdraw request
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
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
  const { state, formAction, values, errors } = useToastFormAction(action, () => setOpen(false));
  const reasonErrorId = `decline-reason-error-${requestId}`;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="sm" variant="secondary" aria-label={`Decline ${applicantName}'s request`}>
          Decline
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Decline {applicantName}&apos;s request?</DialogTitle>
        <DialogDescription>
          {applicantName} sees the reason you choose and your words, and is pointed to their other
          matches.
        </DialogDescription>
        <form action={formAction} className="space-y-4">
          <FormMessage state={state} />
          <input type="hidden" name="requestId" value={requestId} />
          <fieldset
            className="space-y-2"
            aria-describedby={errors?.reason ? reasonErrorId : undefined}
          >
            <legend className="text-sm font-medium">Reason</legend>
            {reasons.map((r) => (
              <label key={r.value} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="reason"
                  value={r.value}
                  defaultChecked={values?.reason === r.value}
                  className="mt-0.5 size-4 shrink-0 accent-accent"
                />
                {r.label}
              </label>
            ))}
            {errors?.reason && (
              <p id={reasonErrorId} className="text-sm text-danger">
                {errors.reason.join(" ")}
              </p>
            )}
          </fieldset>
          <TextAreaField
            name="text"
            label="Anything to add?"
            description="Optional."
            rows={3}
            maxLength={1000}
            defaultValue={values?.text}
            errors={errors?.text}
          />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <SubmitButton variant="danger" pendingLabel="Declining…">
              Decline request
            </SubmitButton>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
