"use client";

import { z } from "@/components/forms/browser-zod";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import { useFormAction, type BrowserCheck } from "@/components/forms/use-form-action";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { formDataToObject, type ActionState, type FieldErrors } from "@/lib/form-state";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, formatFileSize } from "@/lib/verification/files";
import { evidenceUploadSchema, NOTE_MAX } from "@/lib/verification/schemas";

// The server's schema, judged before a large file travels; the server checks the bytes again.
const checkInBrowser: BrowserCheck = (formData) => {
  const parsed = evidenceUploadSchema.safeParse({
    ...formDataToObject(formData),
    file: formData.get("file") ?? undefined,
  });
  return parsed.success ? null : (z.flattenError(parsed.error).fieldErrors as FieldErrors);
};

/** The file goes to POST /api/evidence, the one route that takes a large body (not an action). */
async function upload(formData: FormData): Promise<ActionState> {
  try {
    const response = await fetch("/api/evidence", {
      method: "POST",
      body: formData,
      headers: { accept: "application/json" },
    });
    return (await response.json()) as ActionState;
  } catch {
    return {
      status: "error",
      message: "The upload did not reach Landed. Check your connection and try again.",
    };
  }
}

export function EvidenceForm({ caseRecordId }: { caseRecordId: string }) {
  const router = useRouter();
  // Bumped by each upload sent, so the file field starts empty again.
  const [sent, setSent] = useState(0);
  const { state, errors, field, formAction, pending, onSubmit, formRef } = useFormAction(
    async (_prev, formData) => {
      const result = await upload(formData);
      if (result.status === "success") {
        setSent((n) => n + 1);
        router.refresh();
      }
      return result;
    },
    checkInBrowser,
  );
  const [, startTransition] = useTransition();
  return (
    <form
      ref={formRef}
      // Without JavaScript the browser posts the file to the route itself and comes back here.
      action="/api/evidence"
      method="post"
      encType="multipart/form-data"
      onSubmit={(event) => {
        onSubmit(event);
        if (event.defaultPrevented) return;
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      noValidate
      className="space-y-4"
      aria-label="Send evidence"
    >
      <FormMessage state={state} />
      <input type="hidden" name="caseRecordId" value={caseRecordId} />
      <TextField
        key={sent}
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
        {...field("note")}
        label="Note for the reviewer (optional)"
        description="Anything that helps the admin match the notice to this record, such as which page shows the classification."
        rows={3}
        maxLength={NOTE_MAX}
      />
      <SubmitButton pendingLabel="Sending…" pending={pending}>
        Send evidence
      </SubmitButton>
    </form>
  );
}
