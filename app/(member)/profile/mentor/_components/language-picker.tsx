"use client";

import { useId, useState } from "react";
import { Plus, X } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { languageOptions } from "@/lib/domain/countries";
import { LANGUAGES_MAX } from "@/lib/mentors/schemas";

/** One select per language, all named "languages"; rows can be added and removed with script. */
export function LanguagePicker({ initial, errors }: { initial: string[]; errors?: string[] }) {
  const id = useId();
  // A spare empty row lets someone without script add one more language.
  const [rows, setRows] = useState(() =>
    (initial.length < LANGUAGES_MAX ? [...initial, ""] : initial).map((value, key) => ({
      key,
      value,
    })),
  );
  const [nextKey, setNextKey] = useState(rows.length);
  const hasErrors = (errors?.length ?? 0) > 0;

  return (
    <fieldset
      className="flex flex-col gap-2"
      aria-describedby={`${id}-hint${hasErrors ? ` ${id}-error` : ""}`}
    >
      <legend className="text-sm font-medium">Languages you can mentor in</legend>
      <p id={`${id}-hint`} className="-mt-1 text-sm text-muted">
        At least one, up to {LANGUAGES_MAX}. Leave a row empty to skip it.
      </p>
      <ul className="flex flex-col gap-2">
        {rows.map((row, index) => (
          <li key={row.key} className="flex items-end gap-2">
            <div className="flex flex-1 flex-col gap-1">
              <Label htmlFor={`${id}-${row.key}`} className="sr-only">
                Language {index + 1}
              </Label>
              <Select
                id={`${id}-${row.key}`}
                name="languages"
                defaultValue={row.value}
                aria-invalid={hasErrors || undefined}
              >
                <option value="">Choose a language</option>
                {languageOptions.map((l) => (
                  <option key={l.value} value={l.value}>
                    {l.label}
                  </option>
                ))}
              </Select>
            </div>
            {rows.length > 1 && (
              <Button
                variant="ghost"
                size="md"
                aria-label={`Remove language ${index + 1}`}
                onClick={() => setRows((r) => r.filter((x) => x.key !== row.key))}
              >
                <X aria-hidden="true" />
              </Button>
            )}
          </li>
        ))}
      </ul>
      {hasErrors && (
        <div id={`${id}-error`} className="text-sm text-danger">
          {errors!.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
      {rows.length < LANGUAGES_MAX && (
        <div>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setRows((r) => [...r, { key: nextKey, value: "" }]);
              setNextKey((k) => k + 1);
            }}
          >
            <Plus aria-hidden="true" />
            Add another language
          </Button>
        </div>
      )}
    </fieldset>
  );
}
