"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { FEEDBACK_MAX } from "@/lib/mentorship/space/schemas";
import { leaveFeedbackAction } from "../actions";

const ratings = [
  [1, "1 — Not helpful"],
  [2, "2"],
  [3, "3"],
  [4, "4"],
  [5, "5 — Very helpful"],
] as const;

export function FeedbackForm({ requestId }: { requestId: string }) {
  const { state, formAction, values, errors, field } = useFormAction(leaveFeedbackAction);
  const ratingError = errors?.rating?.[0];
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="requestId" value={requestId} />
      <fieldset className="space-y-2" aria-describedby={ratingError ? "rating-error" : undefined}>
        <legend className="text-sm font-medium">How helpful was this mentorship?</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {ratings.map(([value, label]) => (
            <label key={value} className="inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="rating"
                value={value}
                required
                defaultChecked={values?.rating === String(value)}
                className="size-4 accent-accent"
              />
              {label}
            </label>
          ))}
        </div>
        {ratingError && (
          <p id="rating-error" className="text-sm text-danger">
            {ratingError}
          </p>
        )}
      </fieldset>
      <TextAreaField
        {...field("text")}
        label="Anything to add? (optional)"
        description="Your mentor does not see your answer. Their profile shows only the average, once 3 mentees have answered."
        rows={3}
        maxLength={FEEDBACK_MAX}
      />
      {state.status === "error" && <FormMessage state={state} />}
      <SubmitButton pendingLabel="Sending…">Send feedback</SubmitButton>
    </form>
  );
}
