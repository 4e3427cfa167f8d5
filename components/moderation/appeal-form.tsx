"use client";

// The appeal form: signed in (the decision's id) or through the emailed link (its token).
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/lib/action";

export function AppealForm({
  action,
  fields,
  rows = 3,
}: {
  action: FormAction;
  /** Hidden fields naming the decision: { decisionId } or { token }. */
  fields: Record<string, string>;
  rows?: number;
}) {
  const { state, formAction, field } = useFormAction(action);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={formAction} className="space-y-3">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} />
      <TextAreaField
        {...field("text")}
        label="Your appeal"
        description="What the moderator may have missed. You can appeal each decision once."
        rows={rows}
        maxLength={2000}
        required
      />
      <SubmitButton size="sm" pendingLabel="Sending…">
        Send appeal
      </SubmitButton>
    </form>
  );
}
