"use client";

import { z } from "@/components/forms/browser-zod";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import { useFormAction, type BrowserCheck } from "@/components/forms/use-form-action";
import { formDataToObject, type FieldErrors } from "@/lib/form-state";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, formatFileSize } from "@/lib/verification/files";
import { evidenceUploadSchema, NOTE_MAX } from "@/lib/verification/schemas";
import { submitEvidenceAction } from "../actions";

// The server's schema, judged before a large file travels; the server checks the bytes again.
const checkInBrowser: BrowserCheck = (formData) => {
  const parsed = evidenceUploadSchema.safeParse({
    ...formDataToObject(formData),
    file: formData.get("file") ?? undefined,
  });
  return parsed.success ? null : (z.flattenError(parsed.error).fieldErrors as FieldErrors);
};

export function EvidenceForm({ caseRecordId }: { caseRecordId: string }) {
  const { state, errors, values, formAction, onSubmit, formRef } = useFormAction(
    submitEvidenceAction,
    checkInBrowser,
  );
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4"
      aria-label="Send evidence"
    >
      <FormMessage state={state} />
      <input type="hidden" name="caseRecordId" value={caseRecordId} />
      <TextField
        type="file"
        name="file"
        label="Redacted approval notice"
        description={`A PDF, PNG or JPEG of at most ${formatFileSize(EVIDENCE_MAX_BYTES)}.`}
        accept={EVIDENCE_ACCEPT}
        required
        errors={errors?.file}
        className="[&_input]:py-1.5"
      />
      <TextAreaField
        name="note"
        label="Note for the reviewer (optional)"
        description="Anything that helps the admin match the notice to this record, such as which page shows the classification."
        rows={3}
        maxLength={NOTE_MAX}
        defaultValue={values?.note}
        errors={errors?.note}
      />
      <SubmitButton pendingLabel="Sending…">Send evidence</SubmitButton>
    </form>
  );
}
