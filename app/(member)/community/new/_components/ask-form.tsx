"use client";

import { ActionForm } from "@/components/forms/action-form";
import { SubmitButton } from "@/components/forms/submit-button";
import { MarkdownField, TextField } from "@/components/forms/text-field";
import { schemaCheck } from "@/components/forms/schema-check";
import { useFormAction } from "@/components/forms/use-form-action";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import { categoryList, threadKindLabels, threadKinds } from "@/lib/community/vocabulary";
import { BODY_MAX, CRITERIA_MAX, TITLE_MAX } from "@/lib/community/limits";
import { createThreadSchema } from "@/lib/community/schemas";
import { criteria, criterionCodes } from "@/lib/domain/criteria";
import { pathwayList } from "@/lib/domain/pathways";
import { createThreadAction } from "../actions";

const check = schemaCheck(createThreadSchema);

export function AskForm({
  idempotencyKey,
  defaults,
}: {
  idempotencyKey: string;
  /** Pre-selected from the person's profile: their target pathways. */
  defaults: { pathways: string[]; category?: string };
}) {
  const form = useFormAction(createThreadAction, check);
  const { values, errors, field } = form;
  // Checkbox groups are not kept by `values` (one string per field); the form keeps them in the
  // browser because a refused submit does not reset an uncontrolled form.
  return (
    <ActionForm
      form={form}
      fields={{ idempotencyKey }}
      noValidate
      className="space-y-6 rounded-card border border-border bg-surface-raised p-4 sm:p-6"
    >
      <ChoiceGroup
        type="radio"
        {...field("kind", "question")}
        legend="What is it?"
        layout="inline"
        options={threadKinds.map((k) => ({ value: k, label: threadKindLabels[k] }))}
      />

      <TextField
        {...field("title")}
        label="Title"
        description="One clear question or topic, like “Does conference reviewing count as judging?”"
        maxLength={TITLE_MAX}
        required
      />

      <MarkdownField
        {...field("body")}
        label="Details"
        description="What you have, what you tried, what you want to know. Markdown works. Never post receipt numbers, A-numbers or passport numbers."
        rows={8}
        maxLength={BODY_MAX}
        required
      />

      <SelectField
        {...field("category", defaults.category ?? "")}
        label="Category"
        selectClassName="sm:w-80"
        placeholder="Choose a category"
        placeholderDisabled
        options={categoryList.map((c) => ({
          value: c.slug,
          label: `${c.name}${c.visibility === "members" ? " (members only)" : ""}`,
        }))}
      />

      <ChoiceGroup
        type="checkbox"
        name="pathways"
        legend="Pathways (optional)"
        layout="inline"
        options={pathwayList.map((p) => ({ value: p.code, label: p.short }))}
        defaultValue={defaults.pathways}
        errors={errors?.pathways}
      />

      <ChoiceGroup
        type="checkbox"
        name="criteria"
        legend={`Criteria (optional, up to ${CRITERIA_MAX})`}
        layout="grid-2"
        options={criterionCodes.map((c) => ({ value: c, label: criteria[c].name }))}
        errors={errors?.criteria}
      />

      <CheckboxField
        name="anonymous"
        label="Post anonymously"
        hint="Members see “anonymous member” instead of your name. Moderators can still see who you are, to keep the community safe."
        defaultChecked={values?.anonymous === "on"}
      />

      <SubmitButton pendingLabel="Posting…">Post to the community</SubmitButton>
    </ActionForm>
  );
}
