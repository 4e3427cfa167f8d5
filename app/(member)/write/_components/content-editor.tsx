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
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ChoiceGroup } from "@/components/forms/choice-group";
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
} from "@/lib/content/vocabulary";
import { createContentSchema, updateContentSchema } from "@/lib/content/schemas";
import { fieldOptions } from "@/lib/domain/case-facts";
import { chargeabilityOptions } from "@/lib/domain/countries";
import { criterionOptions } from "@/lib/domain/criteria";
import { pathwayOptions } from "@/lib/domain/pathways";
import { stageOptions } from "@/lib/domain/stages";

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

/** What an item is tagged with, so the feed and the filters find it for the right readers. */
const tagGroups = [
  { name: "pathways", legend: "Pathways", options: pathwayOptions, layout: "inline" },
  {
    name: "criteria",
    legend: `Criteria (up to ${TAGS_MAX})`,
    options: criterionOptions,
    layout: "grid-2",
  },
  {
    name: "stages",
    legend: `Stages it helps with (up to ${TAGS_MAX})`,
    options: stageOptions,
    layout: "grid-2",
  },
  {
    name: "fields",
    legend: `Fields (up to ${TAGS_MAX}; none means any field)`,
    options: fieldOptions,
    layout: "grid-2",
  },
  {
    name: "chargeability",
    legend: "Only about some countries of chargeability? (none means everyone)",
    options: chargeabilityOptions,
    layout: "inline",
  },
] as const;

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
  const { state, formAction, values, errors, field, onSubmit, formRef } = useFormAction(
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

      <ChoiceGroup
        type="radio"
        name="kind"
        legend="What is it?"
        options={kinds.map((k) => ({ value: k, label: contentKindLabels[k] }))}
        defaultValue={v.kind}
        errors={errors?.kind}
        layout="inline"
      />

      <TextField
        {...field("title", initial?.title)}
        label="Title"
        description="Say what the reader gets, like “How I documented judging without an editorial board”."
        maxLength={TITLE_MAX}
        required
      />
      <TextAreaField
        {...field("summary", initial?.summary)}
        label="Summary"
        description="One or two sentences, shown in the feed and when the link is shared."
        rows={2}
        maxLength={SUMMARY_MAX}
        required
      />
      <MarkdownField
        {...field("body", initial?.body)}
        label="Text"
        description="Markdown works: headings, lists, links. Write from your own experience; this is not legal advice. Never include receipt numbers, A-numbers or passport numbers."
        rows={14}
        maxLength={BODY_MAX}
        required
      />

      {tagGroups.map((group) => (
        <ChoiceGroup
          key={group.name}
          type="checkbox"
          {...group}
          defaultValue={initial?.[group.name]}
          errors={errors?.[group.name]}
        />
      ))}

      <TextField
        {...field("closesOn", initial?.closesOn ?? "")}
        type="date"
        label="Closes on (opportunities only)"
        description="The last day to apply. The feed stops showing the opportunity after it."
        className="sm:w-56"
      />

      {isAdmin && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Landed team</legend>
          <CheckboxField
            name="official"
            defaultChecked={initial?.official}
            label="Official: written by the Landed team"
          />
          <CheckboxField
            name="pinned"
            defaultChecked={initial?.pinned}
            label="Pinned: first for visitors, and boosted in every feed"
          />
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
