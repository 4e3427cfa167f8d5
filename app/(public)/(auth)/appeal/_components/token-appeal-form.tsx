"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { tokenAppealAction } from "../actions";

export function TokenAppealForm({ token }: { token: string }) {
  const { state, formAction, values, errors } = useFormAction(tokenAppealAction);
  if (state.status === "success") return <FormMessage state={state} />;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <TextAreaField
        name="text"
        label="Your appeal"
        description="What the moderator may have missed. You can appeal once."
        rows={5}
        maxLength={2000}
        required
        defaultValue={values?.text}
        errors={errors?.text}
      />
      <SubmitButton pendingLabel="Sending…">Send appeal</SubmitButton>
    </form>
  );
}
