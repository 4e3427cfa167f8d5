"use client";

// The moderator's forms on a queue item: one action with a reason, retagging a thread, or, for an
// appeal, upholding or overturning it.
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { categoryList } from "@/lib/community/categories";
import { criteria, criterionCodes } from "@/lib/domain/criteria";
import { pathwayList } from "@/lib/domain/pathways";
import { appealDecisionAction, moderateAction } from "../../actions";

export type ActionChoice = { value: string; label: string };

export function ActionForm({ itemId, choices }: { itemId: string; choices: ActionChoice[] }) {
  const { state, formAction, values, errors } = useFormAction(moderateAction);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="itemId" value={itemId} />
      <FormMessage state={state} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Decision</legend>
        {choices.map((c, i) => (
          <label key={c.value} className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="action"
              value={c.value}
              defaultChecked={values?.action ? values.action === c.value : i === 0}
              className="size-4 accent-accent"
            />
            {c.label}
          </label>
        ))}
        {errors?.action && <p className="text-sm text-danger">{errors.action.join(" ")}</p>}
      </fieldset>
      <TextAreaField
        name="reason"
        label="Reason"
        description="The author sees it (for a hide, removal or warning) and so does the audit log."
        rows={3}
        maxLength={1000}
        required
        defaultValue={values?.reason}
        errors={errors?.reason}
      />
      <SubmitButton pendingLabel="Saving…">Decide</SubmitButton>
    </form>
  );
}

export function RetagForm({
  itemId,
  current,
}: {
  itemId: string;
  current: { category: string; pathways: string[]; criteria: string[] };
}) {
  const { state, formAction, values, errors } = useFormAction(moderateAction);
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button
        type="button"
        className="text-sm text-accent underline underline-offset-4"
        onClick={() => setOpen(true)}
      >
        Move or retag the thread
      </button>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="action" value="retag" />
      <FormMessage state={state} />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="retag-category">Category</Label>
        <Select
          id="retag-category"
          name="category"
          defaultValue={current.category}
          className="sm:w-72"
        >
          {categoryList.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </Select>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Pathways</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {pathwayList.map((p) => (
            <label key={p.code} className="inline-flex items-center gap-2 text-sm">
              <Checkbox
                name="pathways"
                value={p.code}
                defaultChecked={current.pathways.includes(p.code)}
              />
              {p.short}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Criteria (up to 6)</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {criterionCodes.map((c) => (
            <label key={c} className="inline-flex items-center gap-2 text-sm">
              <Checkbox name="criteria" value={c} defaultChecked={current.criteria.includes(c)} />
              {criteria[c].name}
            </label>
          ))}
        </div>
        {errors?.criteria && <p className="text-sm text-danger">{errors.criteria.join(" ")}</p>}
      </fieldset>
      <TextAreaField
        name="reason"
        label="Reason"
        rows={2}
        maxLength={1000}
        required
        defaultValue={values?.reason}
        errors={errors?.reason}
      />
      <SubmitButton pendingLabel="Saving…">Save tags</SubmitButton>
    </form>
  );
}

export function AppealForm({ itemId }: { itemId: string }) {
  const { state, formAction, values, errors } = useFormAction(appealDecisionAction);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="itemId" value={itemId} />
      <FormMessage state={state} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Outcome</legend>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="outcome"
            value="overturn"
            defaultChecked={values?.outcome !== "uphold"}
            className="size-4 accent-accent"
          />
          Overturn: reverse the decision (restore the content, lift the sanction)
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="outcome"
            value="uphold"
            defaultChecked={values?.outcome === "uphold"}
            className="size-4 accent-accent"
          />
          Uphold: the decision stands
        </label>
      </fieldset>
      <TextAreaField
        name="response"
        label="Answer to the member"
        rows={3}
        maxLength={1000}
        required
        defaultValue={values?.response}
        errors={errors?.response}
      />
      <SubmitButton pendingLabel="Saving…">Decide the appeal</SubmitButton>
    </form>
  );
}
