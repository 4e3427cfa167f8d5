"use client";

import type { ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { FieldErrors, useFieldIds, type Option } from "./field-shell";

export type { Option } from "./field-shell";

const layouts = {
  stack: "flex flex-col gap-2",
  inline: "flex flex-row flex-wrap gap-x-6 gap-y-2",
  "grid-2": "grid gap-2 sm:grid-cols-2",
  "grid-3": "grid gap-2 sm:grid-cols-3",
  // Columns fill top to bottom, so an ordered list (the journey) reads in order.
  columns: "flex flex-col gap-2 sm:block sm:columns-2 sm:gap-x-6 sm:*:mb-2 sm:*:break-inside-avoid",
} as const;

/**
 * Radio buttons or checkboxes sharing one name, in a fieldset whose legend asks the question.
 * Each choice is named by its label; its hint describes it.
 */
export function ChoiceGroup({
  type,
  name,
  legend,
  description,
  options,
  defaultValue,
  errors,
  layout = "stack",
  legendClassName,
  className,
  onChange,
}: {
  type: "radio" | "checkbox";
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  options: readonly Option[];
  /** The choice (or choices) ticked at first. */
  defaultValue?: string | readonly string[] | null;
  errors?: string[];
  layout?: keyof typeof layouts;
  legendClassName?: string;
  className?: string;
  onChange?: (value: string, checked: boolean) => void;
}) {
  const ids = useFieldIds(description, errors);
  const ticked = new Set<string>(
    typeof defaultValue === "string" ? [defaultValue] : (defaultValue ?? []),
  );
  return (
    <fieldset
      className={cn("flex min-w-0 flex-col gap-2", className)}
      aria-describedby={ids.describedBy}
    >
      <legend className={cn("text-sm font-medium text-fg", legendClassName)}>{legend}</legend>
      {description ? (
        <p id={ids.descriptionId} className="-mt-1 text-sm text-muted">
          {description}
        </p>
      ) : null}
      <div className={layouts[layout]}>
        {options.map((option) => {
          const optionId = `${ids.id}-${option.value}`;
          const hintId = option.hint ? `${optionId}-hint` : undefined;
          const common = {
            id: optionId,
            name,
            value: option.value,
            defaultChecked: ticked.has(option.value),
            "aria-describedby": hintId,
            onChange: (e: { currentTarget: HTMLInputElement }) =>
              onChange?.(option.value, e.currentTarget.checked),
          };
          return (
            <div key={option.value} className="flex items-start gap-2.5">
              {type === "checkbox" ? (
                <Checkbox
                  {...common}
                  aria-invalid={ids.hasErrors || undefined}
                  className="mt-0.5"
                />
              ) : (
                <input
                  type="radio"
                  {...common}
                  className="mt-0.5 size-4 shrink-0 cursor-pointer accent-accent"
                />
              )}
              <div className="flex min-w-0 flex-col text-sm">
                <label htmlFor={optionId} className="cursor-pointer text-fg">
                  {option.label}
                </label>
                {option.hint ? (
                  <span id={hintId} className="text-muted">
                    {option.hint}
                  </span>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <FieldErrors id={ids.errorId} errors={errors} />
    </fieldset>
  );
}
