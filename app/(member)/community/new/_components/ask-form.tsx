"use client";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { MarkdownField, TextField } from "@/components/forms/text-field";
import { schemaCheck } from "@/components/forms/schema-check";
import { useFormAction } from "@/components/forms/use-form-action";
import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { categoryList, threadKindLabels, threadKinds } from "@/lib/community/categories";
import { BODY_MAX, createThreadSchema, CRITERIA_MAX, TITLE_MAX } from "@/lib/community/schemas";
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
  const { state, formAction, values, errors, onSubmit, formRef } = useFormAction(
    createThreadAction,
    check,
  );
  // Checkbox groups are not kept by `values` (one string per field); the form keeps them in the
  // browser because a refused submit does not reset an uncontrolled form.
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-6 rounded-card border border-border bg-surface-raised p-4 sm:p-6"
    >
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <FormMessage state={state} />

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">What is it?</legend>
        <div className="flex flex-wrap gap-4">
          {threadKinds.map((k) => (
            <label key={k} className="inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="kind"
                value={k}
                defaultChecked={(values?.kind ?? "question") === k}
                className="size-4 accent-accent"
              />
              {threadKindLabels[k]}
            </label>
          ))}
        </div>
      </fieldset>

      <TextField
        name="title"
        label="Title"
        description="One clear question or topic, like “Does conference reviewing count as judging?”"
        maxLength={TITLE_MAX}
        required
        defaultValue={values?.title}
        errors={errors?.title}
      />

      <MarkdownField
        name="body"
        label="Details"
        description="What you have, what you tried, what you want to know. Markdown works. Never post receipt numbers, A-numbers or passport numbers."
        rows={8}
        maxLength={BODY_MAX}
        required
        defaultValue={values?.body}
        errors={errors?.body}
      />

      <div className="flex flex-col gap-1.5">
        <Label htmlFor="ask-category">Category</Label>
        <Select
          id="ask-category"
          name="category"
          defaultValue={values?.category ?? defaults.category ?? ""}
          aria-invalid={errors?.category ? true : undefined}
          aria-describedby={errors?.category ? "ask-category-error" : undefined}
          className="sm:w-80"
        >
          <option value="" disabled>
            Choose a category
          </option>
          {categoryList.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
              {c.visibility === "members" ? " (members only)" : ""}
            </option>
          ))}
        </Select>
        {errors?.category && (
          <p id="ask-category-error" className="text-sm text-danger">
            {errors.category.join(" ")}
          </p>
        )}
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Pathways (optional)</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-2">
          {pathwayList.map((p) => (
            <label key={p.code} className="inline-flex items-center gap-2 text-sm">
              <Checkbox
                name="pathways"
                value={p.code}
                defaultChecked={defaults.pathways.includes(p.code)}
              />
              {p.short}
            </label>
          ))}
        </div>
        {errors?.pathways && <p className="text-sm text-danger">{errors.pathways.join(" ")}</p>}
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">Criteria (optional, up to {CRITERIA_MAX})</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {criterionCodes.map((c) => (
            <label key={c} className="inline-flex items-center gap-2 text-sm">
              <Checkbox name="criteria" value={c} />
              {criteria[c].name}
            </label>
          ))}
        </div>
        {errors?.criteria && <p className="text-sm text-danger">{errors.criteria.join(" ")}</p>}
      </fieldset>

      <div className="flex items-start gap-2 text-sm">
        <Checkbox
          id="ask-anonymous"
          name="anonymous"
          aria-describedby="ask-anonymous-hint"
          className="mt-0.5"
          defaultChecked={values?.anonymous === "on"}
        />
        <div>
          <label htmlFor="ask-anonymous">Post anonymously</label>
          <p id="ask-anonymous-hint" className="text-muted">
            Members see “anonymous member” instead of your name. Moderators can still see who you
            are, to keep the community safe.
          </p>
        </div>
      </div>

      <SubmitButton pendingLabel="Posting…">Post to the community</SubmitButton>
    </form>
  );
}
