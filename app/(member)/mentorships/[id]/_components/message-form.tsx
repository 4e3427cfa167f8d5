"use client";

import { useEffect } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { schemaCheck } from "@/components/forms/schema-check";
import { useFormAction } from "@/components/forms/use-form-action";
import { MESSAGE_MAX, postMessageSchema } from "@/lib/mentorship/space/schemas";
import { postMessageAction } from "../actions";

const check = schemaCheck(postMessageSchema);

export function MessageForm({ requestId }: { requestId: string }) {
  const { state, formAction, field, onSubmit, formRef } = useFormAction(postMessageAction, check);
  useEffect(() => {
    if (state.status === "success") formRef.current?.reset();
  }, [state, formRef]);
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="requestId" value={requestId} />
      <TextAreaField
        {...field("body")}
        label="Write a message"
        description="Markdown works: **bold**, *italic*, lists and links. Only the two of you can read it."
        rows={4}
        maxLength={MESSAGE_MAX}
        required
      />
      {state.status === "error" && <FormMessage state={state} />}
      <SubmitButton pendingLabel="Sending…">Send message</SubmitButton>
    </form>
  );
}
