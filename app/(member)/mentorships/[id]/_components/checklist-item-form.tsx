"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { NOTE_MAX } from "@/lib/mentorship/space/schemas";
import {
  checklistStatuses,
  checklistStatusLabels,
  type ChecklistStatus,
} from "@/lib/mentorship/vocabulary";
import { updateChecklistItemAction } from "../actions";

export interface ChecklistItemFormProps {
  requestId: string;
  pathway: string;
  criterion: string;
  criterionName: string;
  status: ChecklistStatus;
  applicantNote: string | null;
  mentorComment: string | null;
  /** Which text this viewer may write: the applicant's note or the mentor's comment. */
  editable: "applicantNote" | "mentorComment";
}

export function ChecklistItemForm(props: ChecklistItemFormProps) {
  const { state, formAction, values, field } = useFormAction(updateChecklistItemAction);
  const statusId = `status-${props.pathway}-${props.criterion}`;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="requestId" value={props.requestId} />
      <input type="hidden" name="pathway" value={props.pathway} />
      <input type="hidden" name="criterion" value={props.criterion} />
      <div className="space-y-1.5">
        <Label htmlFor={statusId}>Status for {props.criterionName}</Label>
        <Select
          id={statusId}
          name="status"
          defaultValue={values?.status ?? props.status}
          className="w-full sm:w-56"
        >
          {checklistStatuses.map((s) => (
            <option key={s} value={s}>
              {checklistStatusLabels[s]}
            </option>
          ))}
        </Select>
      </div>
      {props.editable === "applicantNote" ? (
        <TextAreaField
          {...field("applicantNote", props.applicantNote ?? "")}
          label={`Your note on ${props.criterionName}`}
          rows={2}
          maxLength={NOTE_MAX}
        />
      ) : (
        <TextAreaField
          {...field("mentorComment", props.mentorComment ?? "")}
          label={`Your comment on ${props.criterionName}`}
          rows={2}
          maxLength={NOTE_MAX}
        />
      )}
      <FormMessage state={state} />
      <SubmitButton size="sm" variant="secondary" pendingLabel="Saving…">
        Save {props.criterionName}
      </SubmitButton>
    </form>
  );
}
