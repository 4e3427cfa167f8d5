"use client";

// The editor for a content item: kind, title, summary, Markdown body with preview, tags, an
// opportunity's closing date, and (for admins) official and pinned. "Save draft" and "Publish"
// are two submit buttons of one form; an edit from a stale version shows the current text.
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { MarkdownField, TextAreaField, TextField } from "@/components/forms/text-field";
import { schemaCheck } from "@/components/forms/schema-check";
import { useFormAction } from "@/components/forms/use-form-action";
import { LazyMarkdown } from "@/components/lazy-markdown";
import { Checkbox } from "@/components/ui/checkbox";
import type { FormAction } from "@/lib/action";
import {
  BODY_MAX,
  contentKindLabels,
  contentKinds,
  mentorContentKinds,
  SUMMARY_MAX,
  TAGS_MAX,
  TITLE_MAX,
  type ContentKind,
} from "@/lib/content/kinds";
import { createContentSchema, updateContentSchema } from "@/lib/content/schemas";
import { fieldCodes, fields as fieldNames } from "@/lib/domain/case-facts";
import { chargeabilityAreas, chargeabilityLabels } from "@/lib/domain/countries";
import { criteria, criterionCodes } from "@/lib/domain/criteria";
import { pathwayList } from "@/lib/domain/pathways";
import { stageCodes, stages } from "@/lib/domain/stages";

export interface EditorValues {
  kind: ContentKind;
  title: string;
  summary: string;
  body: string;
  pathways: string[];
  criteria: string[];
  stages: string[];
  fields: string[];
  chargeability: string[];
  closesOn: string | null;
  official: boolean;
  pinned: boolean;
}

const checkCreate = schemaCheck(createContentSchema);
const checkUpdate = schemaCheck(updateContentSchema);

export function ContentEditor({
  action,
  initial,
  isAdmin,
  published,
  hidden,
}: {
  action: FormAction;
  initial?: EditorValues;
  isAdmin: boolean;
  /** The item is live: the main button saves changes and keeps it published. */
  published?: boolean;
  /** Hidden fields: the idempotency key of a new item, or the id and version of an edit. */
  hidden: Record<string, string>;
}) {
  const { state, formAction, values, errors, onSubmit, formRef } = useFormAction(
    action,
    "id" in hidden ? checkUpdate : checkCreate,
  );
  const conflict = state.status === "error" ? state.conflict : undefined;
  const kinds = isAdmin ? contentKinds : mentorContentKinds;
  const v = {
    title: values?.title ?? initial?.title,
    summary: values?.summary ?? initial?.summary,
    body: values?.body ?? initial?.body,
    kind: values?.kind ?? initial?.kind ?? "guide",
    closesOn: values?.closesOn ?? initial?.closesOn ?? "",
  };
  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-6 rounded-card border border-border bg-surface-raised p-4 sm:p-6"
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input
          key={name}
          type="hidden"
          name={name}
          // After a conflict the next save is made against the version the author has now seen.
          value={name === "version" && conflict ? String(conflict.version) : value}
        />
      ))}
      <FormMessage state={state} />
      {conflict && (
        <section
          aria-label="The current version"
          className="space-y-2 rounded-control border border-warning bg-warning-subtle p-3"
        >
          <p className="text-sm font-medium">The version saved meanwhile:</p>
          {conflict.title && <p className="font-semibold">{conflict.title}</p>}
          {conflict.summary && <p className="text-sm">{conflict.summary}</p>}
          <LazyMarkdown className="text-sm">{conflict.body}</LazyMarkdown>
        </section>
      )}

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">What is it?</legend>
        <div className="flex flex-wrap gap-4">
          {kinds.map((k) => (
            <label key={k} className="inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="kind"
                value={k}
                defaultChecked={v.kind === k}
                className="size-4 accent-accent"
              />
              {contentKindLabels[k]}
            </label>
          ))}
        </div>
        {errors?.kind && <p className="text-sm text-danger">{errors.kind.join(" ")}</p>}
      </fieldset>

      <TextField
        name="title"
        label="Title"
        description="Say what the reader gets, like “How I documented judging without an editorial board”."
        maxLength={TITLE_MAX}
        required
        defaultValue={v.title}
        errors={errors?.title}
      />
      <TextAreaField
        name="summary"
        label="Summary"
        description="One or two sentences, shown in the feed and when the link is shared."
        rows={2}
        maxLength={SUMMARY_MAX}
        required
        defaultValue={v.summary}
        errors={errors?.summary}
      />
      <MarkdownField
        name="body"
        label="Text"
        description="Markdown works: headings, lists, links. Write from your own experience; this is not legal advice. Never include receipt numbers, A-numbers or passport numbers."
        rows={14}
        maxLength={BODY_MAX}
        required
        defaultValue={v.body}
        errors={errors?.body}
      />

      <CheckboxGroup
        legend="Pathways"
        name="pathways"
        options={pathwayList.map((p) => ({ value: p.code, label: p.short }))}
        checked={initial?.pathways}
        errors={errors?.pathways}
      />
      <CheckboxGroup
        legend={`Criteria (up to ${TAGS_MAX})`}
        name="criteria"
        options={criterionCodes.map((c) => ({ value: c, label: criteria[c].name }))}
        checked={initial?.criteria}
        errors={errors?.criteria}
        columns
      />
      <CheckboxGroup
        legend={`Stages it helps with (up to ${TAGS_MAX})`}
        name="stages"
        options={stageCodes.map((s) => ({ value: s, label: stages[s].label }))}
        checked={initial?.stages}
        errors={errors?.stages}
        columns
      />
      <CheckboxGroup
        legend={`Fields (up to ${TAGS_MAX}; none means any field)`}
        name="fields"
        options={fieldCodes.map((f) => ({ value: f, label: fieldNames[f] }))}
        checked={initial?.fields}
        errors={errors?.fields}
        columns
      />
      <CheckboxGroup
        legend="Only about some countries of chargeability? (none means everyone)"
        name="chargeability"
        options={chargeabilityAreas.map((c) => ({ value: c, label: chargeabilityLabels[c] }))}
        checked={initial?.chargeability}
        errors={errors?.chargeability}
      />

      <TextField
        name="closesOn"
        type="date"
        label="Closes on (opportunities only)"
        description="The last day to apply. The feed stops showing the opportunity after it."
        defaultValue={v.closesOn}
        errors={errors?.closesOn}
        className="sm:w-56"
      />

      {isAdmin && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Landed team</legend>
          <label className="flex items-center gap-2 text-sm">
            <Checkbox name="official" defaultChecked={initial?.official} />
            Official: written by the Landed team
          </label>
          <label className="flex items-center gap-2 text-sm">
            <Checkbox name="pinned" defaultChecked={initial?.pinned} />
            Pinned: first for visitors, and boosted in every feed
          </label>
        </fieldset>
      )}

      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="publish" pendingLabel="Saving…">
          {published ? "Save changes" : "Publish"}
        </SubmitButton>
        {!published && (
          <SubmitButton name="intent" value="draft" variant="secondary" pendingLabel="Saving…">
            Save draft
          </SubmitButton>
        )}
      </div>
    </form>
  );
}

function CheckboxGroup({
  legend,
  name,
  options,
  checked = [],
  errors,
  columns = false,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  checked?: string[];
  errors?: string[];
  columns?: boolean;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className={columns ? "grid gap-2 sm:grid-cols-2" : "flex flex-wrap gap-x-5 gap-y-2"}>
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2 text-sm">
            <Checkbox name={name} value={o.value} defaultChecked={checked.includes(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      {errors && <p className="text-sm text-danger">{errors.join(" ")}</p>}
    </fieldset>
  );
}
