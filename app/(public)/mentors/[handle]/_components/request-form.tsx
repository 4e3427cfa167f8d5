"use client";
// The mentorship request form on a mentor's page: goals, a message, and a key that makes a double
// submit create one request.
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { schemaCheck } from "@/components/forms/schema-check";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/lib/form-state";
import { requestMentorshipSchema } from "@/lib/mentorship/schemas";

const check = schemaCheck(requestMentorshipSchema);

export function RequestForm({
  action,
  mentorId,
  firstName,
  idempotencyKey,
}: {
  action: FormAction;
  mentorId: string;
  firstName: string;
  idempotencyKey: string;
}) {
  const form = useFormAction(action, check);
  const { field } = form;
  return (
    <ActionForm form={form} fields={{ mentorId, idempotencyKey }} className="space-y-4" noValidate>
      <TextAreaField
        {...field("goals")}
        label="What do you want to achieve?"
        description="For example: file EB-2 NIW by spring with a strong petition letter."
        rows={4}
        maxLength={2000}
        required
      />
      <TextAreaField
        {...field("message")}
        label={`Message to ${firstName}`}
        description="Say why you chose them and what you would like help with first."
        rows={4}
        maxLength={2000}
        required
      />
      <SubmitButton pendingLabel="Sending…">Send request</SubmitButton>
    </ActionForm>
  );
}
