"use client";

// The moderator's forms on a queue item: one action with a reason, retagging a thread, or, for an
// appeal, upholding or overturning it.
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextAreaField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import { categoryList } from "@/lib/community/vocabulary";
import { criterionOptions } from "@/lib/domain/criteria";
import { pathwayOptions } from "@/lib/domain/pathways";
import { appealDecisionAction, moderateAction } from "../../actions";

export type ActionChoice = { value: string; label: string };

export function ModerationForm({ itemId, choices }: { itemId: string; choices: ActionChoice[] }) {
  const form = useFormAction(moderateAction);
  const { field } = form;
  return (
    <ActionForm form={form} fields={{ itemId }} className="space-y-4">
      <ChoiceGroup
        type="radio"
        {...field("action", choices[0]?.value)}
        legend="Decision"
        options={choices}
      />
      <TextAreaField
        {...field("reason")}
        label="Reason"
        description="The author sees it (for a hide, removal or warning) and so does the audit log."
        rows={3}
        maxLength={1000}
        required
      />
      <SubmitButton pendingLabel="Saving…">Decide</SubmitButton>
    </ActionForm>
  );
}

export function RetagForm({
  itemId,
  current,
}: {
  itemId: string;
  current: { category: string; pathways: string[]; criteria: string[] };
}) {
  const form = useFormAction(moderateAction);
  const { errors, field } = form;
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
    <ActionForm form={form} fields={{ itemId, action: "retag" }} className="space-y-4">
      <SelectField
        name="category"
        label="Category"
        defaultValue={current.category}
        options={categoryList.map((c) => ({ value: c.slug, label: c.name }))}
        selectClassName="sm:w-72"
      />
      <ChoiceGroup
        type="checkbox"
        name="pathways"
        legend="Pathways"
        options={pathwayOptions}
        defaultValue={current.pathways}
        errors={errors?.pathways}
        layout="inline"
      />
      <ChoiceGroup
        type="checkbox"
        name="criteria"
        legend="Criteria (up to 6)"
        options={criterionOptions}
        defaultValue={current.criteria}
        errors={errors?.criteria}
        layout="grid-2"
      />
      <TextAreaField {...field("reason")} label="Reason" rows={2} maxLength={1000} required />
      <SubmitButton pendingLabel="Saving…">Save tags</SubmitButton>
    </ActionForm>
  );
}

export function AppealForm({ itemId }: { itemId: string }) {
  const form = useFormAction(appealDecisionAction);
  const { values, errors, field } = form;
  return (
    <ActionForm form={form} fields={{ itemId }} className="space-y-4">
      <ChoiceGroup
        type="radio"
        name="outcome"
        legend="Outcome"
        options={[
          {
            value: "overturn",
            label: "Overturn: reverse the decision (restore the content, lift the sanction)",
          },
          { value: "uphold", label: "Uphold: the decision stands" },
        ]}
        defaultValue={values?.outcome === "uphold" ? "uphold" : "overturn"}
        errors={errors?.outcome}
      />
      <TextAreaField
        {...field("response")}
        label="Answer to the member"
        rows={3}
        maxLength={1000}
        required
      />
      <SubmitButton pendingLabel="Saving…">Decide the appeal</SubmitButton>
    </ActionForm>
  );
}
