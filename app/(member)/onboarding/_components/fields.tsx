"use client";

import { useId, type ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export function FieldErrors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors || errors.length === 0) return null;
  return (
    <div id={id} className="flex flex-col gap-0.5 text-sm text-danger">
      {errors.map((message, index) => (
        <p key={`${index}:${message}`}>{message}</p>
      ))}
    </div>
  );
}

/** Radio buttons or checkboxes in a fieldset, the legend naming the question. */
export function ChoiceGroup({
  type,
  name,
  legend,
  description,
  options,
  checked,
  errors,
  columns,
  inline,
  legendClassName,
}: {
  type: "radio" | "checkbox";
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly Option[];
  checked: (value: string) => boolean;
  errors?: string[];
  columns?: boolean;
  inline?: boolean;
  legendClassName?: string;
}) {
  const id = useId();
  const hasErrors = (errors?.length ?? 0) > 0;
  const describedBy =
    [description ? `${id}-description` : null, hasErrors ? `${id}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <fieldset className="flex min-w-0 flex-col gap-2" aria-describedby={describedBy}>
      <legend className={cn("text-sm font-medium text-fg", legendClassName)}>{legend}</legend>
      {description ? (
        <p id={`${id}-description`} className="-mt-1 text-sm text-muted">
          {description}
        </p>
      ) : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
      <div
        className={cn(
          "flex flex-col gap-2",
          // Columns fill top to bottom, so an ordered list (the journey) reads in order.
          columns && "sm:block sm:columns-2 sm:gap-x-6 sm:*:mb-2 sm:*:break-inside-avoid",
          inline && "flex-row flex-wrap gap-x-6",
        )}
      >
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className="flex items-start gap-2.5">
              {type === "checkbox" ? (
                <Checkbox
                  id={optionId}
                  name={name}
                  value={option.value}
                  defaultChecked={checked(option.value)}
                  aria-invalid={hasErrors || undefined}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  className="mt-0.5"
                />
              ) : (
                <input
                  type="radio"
                  id={optionId}
                  name={name}
                  value={option.value}
                  defaultChecked={checked(option.value)}

                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  className="mt-0.5 size-4 shrink-0 cursor-pointer accent-accent"
                />
              )}
              <div className="flex min-w-0 flex-col">
                <label htmlFor={optionId} className="cursor-pointer text-sm font-medium text-fg">
                  {option.label}
                </label>
                {option.hint ? (
                  <span id={`${optionId}-hint`} className="text-sm text-muted">
                    {option.hint}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

/** A labelled native select with its description and errors beside it. */
export function SelectField({
  name,
  label,
  description,
  options,
  defaultValue,
  placeholder,
  errors,
  groups,
  selectRef,
}: {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  options?: readonly Option[];
  groups?: readonly { label: string; options: readonly Option[] }[];
  defaultValue: string;
  placeholder: string;
  errors?: string[];
  selectRef?: React.Ref<HTMLSelectElement>;
}) {
  const id = useId();
  const hasErrors = (errors?.length ?? 0) > 0;
  const describedBy =
    [description ? `${id}-description` : null, hasErrors ? `${id}-error` : null]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {description ? (
        <p id={`${id}-description`} className="text-sm text-muted">
          {description}
        </p>
      ) : null}
      <Select
        id={id}
        name={name}
        ref={selectRef}
        defaultValue={defaultValue}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy}
      >
        <option value="">{placeholder}</option>
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups?.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </Select>
      <FieldErrors id={`${id}-error`} errors={errors} />
    </div>
  );
}
