"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { appealAction } from "../actions";

export function AppealForm({ decisionId }: { decisionId: string }) {
  const { state, formAction, values, errors } = useFormAction(appealAction);
  if (state.status === "success") {
    return <FormMessage state={state} />;
  }
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="decisionId" value={decisionId} />
      <FormMessage state={state} />
      <TextAreaField
        name="text"
        label="Your appeal"
        description="What the moderator may have missed. You can appeal each decision once."
        rows={3}
        maxLength={2000}
        required
        defaultValue={values?.text}
        errors={errors?.text}
      />
      <SubmitButton size="sm" pendingLabel="Sending…">
        Send appeal
      </SubmitButton>
    </form>
  );
}
