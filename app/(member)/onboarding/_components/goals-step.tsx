"use client";

import { useEffect, useId, useRef } from "react";
import { TextAreaField } from "@/components/forms/text-field";
import { Checkbox } from "@/components/ui/checkbox";
import { GOALS_MAX_LENGTH, LANGUAGES_MAX } from "@/lib/profiles/schemas";
import { FieldErrors, type Option } from "@/components/forms/field-shell";
import { SelectField } from "@/components/forms/select-field";
import type { StepValues } from "./step-values";

export interface OptionGroup {
  label: string;
  options: Array<{ value: string; label: string }>;
}

// The languages most members speak; every other one is a click away under "More languages".
const commonLanguages = new Set([
  "en",
  "es",
  "zh",
  "hi",
  "ar",
  "pt",
  "fr",
  "ru",
  "de",
  "ja",
  "ko",
  "vi",
  "tr",
  "fa",
  "uk",
  "bn",
  "ta",
  "te",
  "ur",
  "it",
  "pl",
  "tl",
]);

export function GoalsStep({
  v,
  languages,
  timezones,
}: {
  v: StepValues;
  languages: Option[];
  timezones: OptionGroup[];
}) {
  const timezoneRef = useRef<HTMLSelectElement>(null);
  const savedTimezone = v.text("timezone");
  // With no zone saved yet, suggest the browser's own (the page works without this too).
  useEffect(() => {
    const select = timezoneRef.current;
    if (!select || savedTimezone || select.value) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if ([...select.options].some((o) => o.value === zone)) select.value = zone;
  }, [savedTimezone]);

  return (
    <div className="space-y-8">
      <TextAreaField
        {...v.field("goals")}
        label="What do you hope to get from a mentor? (optional)"
        description="A few lines: where you are stuck, what you want to decide, what would help. Your mentors read this first."
        rows={5}
        maxLength={GOALS_MAX_LENGTH}
        className="max-w-2xl"
      />
      <LanguagesField v={v} languages={languages} />
      <div className="max-w-xl">
        <SelectField
          name="timezone"
          label="Your time zone"
          description="So you are matched with mentors you can actually meet."
          placeholder="Choose your time zone"
          groups={timezones}
          defaultValue={savedTimezone}
          errors={v.errors?.timezone}
          selectRef={timezoneRef}
        />
      </div>
    </div>
  );
}

function LanguagesField({ v, languages }: { v: StepValues; languages: Option[] }) {
  const id = useId();
  const chosen = new Set(v.list("languages"));
  const common = languages.filter((l) => commonLanguages.has(l.value));
  const others = languages.filter((l) => !commonLanguages.has(l.value));
  const errors = v.errors?.languages;
  const hasErrors = (errors?.length ?? 0) > 0;
  const box = (l: Option) => (
    <div key={l.value} className="flex items-center gap-2">
      <Checkbox
        id={`${id}-${l.value}`}
        name="languages"
        value={l.value}
        defaultChecked={chosen.has(l.value)}
        aria-invalid={hasErrors || undefined}
      />
      <label htmlFor={`${id}-${l.value}`} className="cursor-pointer text-sm">
        {l.label}
      </label>
    </div>
  );
  return (
    <fieldset
      className="min-w-0 space-y-3"
      aria-describedby={`${id}-description${hasErrors ? ` ${id}-error` : ""}`}
    >
      <legend className="text-base font-semibold">Languages you could speak with a mentor</legend>
      <p id={`${id}-description`} className="-mt-1 text-sm text-muted">
        Choose 1 to {LANGUAGES_MAX}. A mentor who speaks your first language can make a hard process
        easier.
      </p>
      <FieldErrors id={`${id}-error`} errors={errors} />
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">{common.map(box)}</div>
      <details
        className="rounded-control border border-border p-3"
        open={others.some((l) => chosen.has(l.value)) || undefined}
      >
        <summary className="cursor-pointer text-sm font-medium">More languages</summary>
        <div className="mt-3 grid max-h-72 grid-cols-2 gap-2 overflow-y-auto sm:grid-cols-3 lg:grid-cols-4">
          {others.map(box)}
        </div>
      </details>
    </fieldset>
  );
}
