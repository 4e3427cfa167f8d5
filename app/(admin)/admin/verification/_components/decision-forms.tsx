"use client";

// Verify or reject one pending case record. A rejection needs a reason, which the mentor reads.
import { toast } from "@/components/ui/toast";
import { ActionForm } from "@/components/forms/action-form";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { schemaCheck } from "@/components/forms/schema-check";
import { useFormAction } from "@/components/forms/use-form-action";
import type { ActionState } from "@/lib/form-state";
import { REASON_MAX, decisionSchema } from "@/lib/verification/schemas";
import { decideVerificationAction } from "../actions";

// On success the case leaves the queue (and this form with it): the toast outlives it.
async function decideWithToast(prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await decideVerificationAction(prev, formData);
  if (result.status === "success") toast.success(result.message ?? "Done.");
  return result;
}

const checkDecision = schemaCheck(decisionSchema);

export function DecisionForms({ caseRecordId, label }: { caseRecordId: string; label: string }) {
  return (
    <div className="grid items-start gap-4 sm:grid-cols-2">
      <VerifyForm caseRecordId={caseRecordId} label={label} />
      <RejectForm caseRecordId={caseRecordId} label={label} />
    </div>
  );
}

function VerifyForm({ caseRecordId, label }: { caseRecordId: string; label: string }) {
  const { state, formAction } = useFormAction(decideWithToast);
  return (
    <form
      action={formAction}
      aria-label={`Verify ${label}`}
      className="flex flex-col gap-3 rounded-control border border-border p-3"
    >
      <input type="hidden" name="caseRecordId" value={caseRecordId} />
      <input type="hidden" name="decision" value="verify" />
      <p className="text-sm text-muted">
        The notice matches this record and its numbers are blacked out.
      </p>
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Verifying…">Verify</SubmitButton>
      </div>
    </form>
  );
}

function RejectForm({ caseRecordId, label }: { caseRecordId: string; label: string }) {
  const form = useFormAction(decideWithToast, checkDecision);
  const { field } = form;
  return (
    <ActionForm
      form={form}
      fields={{ caseRecordId, decision: "reject" }}
      noValidate
      aria-label={`Reject ${label}`}
      className="flex flex-col gap-3 rounded-control border border-border p-3"
    >
      <TextAreaField
        {...field("reason")}
        label="Reason for rejecting"
        description="The mentor reads this: say what to fix or send instead."
        rows={3}
        maxLength={REASON_MAX}
        required
      />
      <div>
        <SubmitButton variant="danger" pendingLabel="Rejecting…">
          Reject
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
