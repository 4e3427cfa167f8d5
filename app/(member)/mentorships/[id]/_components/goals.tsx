"use client";

import { useEffect, useTransition } from "react";
import { Trash2 } from "@/components/ui/icons";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { GOAL_MAX } from "@/lib/mentorship/space/schemas";
import { addGoalAction, deleteGoalAction, toggleGoalAction } from "../actions";

export function GoalForm({ requestId }: { requestId: string }) {
  const { state, formAction, field, formRef } = useFormAction(addGoalAction);
  useEffect(() => {
    if (state.status === "success") formRef.current?.reset();
  }, [state, formRef]);
  return (
    <form ref={formRef} action={formAction} className="space-y-3">
      <input type="hidden" name="requestId" value={requestId} />
      <div className="grid gap-3 sm:grid-cols-[1fr_12rem]">
        <TextField {...field("text")} label="New goal" maxLength={GOAL_MAX} required />
        <TextField {...field("dueDate")} type="date" label="Due date (optional)" />
      </div>
      {state.status === "error" && <FormMessage state={state} />}
      <SubmitButton variant="secondary" pendingLabel="Adding…">
        Add goal
      </SubmitButton>
    </form>
  );
}

export function GoalItem({
  requestId,
  goal,
  dueText,
  editable,
}: {
  requestId: string;
  goal: { id: string; text: string; done: boolean };
  dueText: string | null;
  editable: boolean;
}) {
  const [pending, startTransition] = useTransition();
  const id = `goal-${goal.id}`;
  const send = (action: typeof toggleGoalAction, fields: Record<string, string>) =>
    startTransition(async () => {
      const form = new FormData();
      form.set("requestId", requestId);
      form.set("goalId", goal.id);
      for (const [k, v] of Object.entries(fields)) form.set(k, v);
      await action({ status: "idle" }, form);
    });
  return (
    <li className="flex items-start gap-3 py-2">
      <Checkbox
        id={id}
        checked={goal.done}
        disabled={!editable || pending}
        onChange={(e) => send(toggleGoalAction, { done: String(e.currentTarget.checked) })}
        className="mt-0.5"
      />
      <div className="min-w-0 flex-1">
        <label htmlFor={id} className={goal.done ? "text-muted line-through" : undefined}>
          {goal.text}
        </label>
        {dueText && <p className="text-xs text-muted">{dueText}</p>}
      </div>
      {editable && (
        <Button
          variant="ghost"
          size="sm"
          disabled={pending}
          onClick={() => send(deleteGoalAction, {})}
          aria-label={`Delete goal: ${goal.text}`}
        >
          <Trash2 aria-hidden="true" />
        </Button>
      )}
    </li>
  );
}
