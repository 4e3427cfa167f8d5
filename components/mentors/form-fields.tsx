"use client";
// Select, radio and checkbox groups for the mentor forms, wired like TextField: label, hint, errors.
import { useId, type ComponentProps, type ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

function Errors({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors || errors.length === 0) return null;
  return (
    <div id={id} className="flex flex-col gap-0.5 text-sm text-danger">
      {errors.map((message, i) => (
        <p key={`${i}:${message}`}>{message}</p>
      ))}
    </div>
  );
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

export function SelectField({
  name,
  label,
  description,
  errors,
  className,
  children,
  ...props
}: {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  errors?: string[];
  className?: string;
} & Omit<ComponentProps<"select">, "name" | "id" | "className">) {
  const id = useId();
  const hasErrors = (errors?.length ?? 0) > 0;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      {description && (
        <p id={`${id}-description`} className="text-sm text-muted">
          {description}
        </p>
      )}
      <Select
        id={id}
        name={name}
        aria-invalid={hasErrors || undefined}
        aria-describedby={describedBy(
          description ? `${id}-description` : undefined,
          hasErrors && `${id}-error`,
        )}
        {...props}
      >
        {children}
      </Select>
      <Errors id={`${id}-error`} errors={errors} />
    </div>
  );
}

interface Option {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/** A fieldset of radio buttons or checkboxes sharing one name. */
export function ChoiceGroup({
  type,
  name,
  legend,
  description,
  options,
  defaultValue,
  errors,
  className,
  columns = 1,
  onChange,
}: {
  type: "radio" | "checkbox";
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  options: Option[];
  defaultValue?: string | string[] | null;
  errors?: string[];
  className?: string;
  columns?: 1 | 2 | 3;
  onChange?: (value: string, checked: boolean) => void;
}) {
  const id = useId();
  const hasErrors = (errors?.length ?? 0) > 0;
  const selected = new Set(
    Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : [],
  );
  return (
    <fieldset
      className={cn("flex flex-col gap-2", className)}
      aria-describedby={describedBy(
        description ? `${id}-description` : undefined,
        hasErrors && `${id}-error`,
      )}
    >
      <legend className="text-sm font-medium text-fg">{legend}</legend>
      {description && (
        <p id={`${id}-description`} className="-mt-1 text-sm text-muted">
          {description}
        </p>
      )}
      <div
        className={cn(
          "grid gap-2",
          columns === 2 && "sm:grid-cols-2",
          columns === 3 && "sm:grid-cols-3",
        )}
      >
        {options.map((option) => {
          // The hint describes the box; the label stays just the option's name.
          const hintId = option.hint ? `${id}-${option.value}-hint` : undefined;
          return (
            <div key={option.value} className="flex items-start gap-2 text-sm">
              {type === "checkbox" ? (
                <Checkbox
                  id={`${id}-${option.value}`}
                  name={name}
                  value={option.value}
                  defaultChecked={selected.has(option.value)}
                  aria-invalid={hasErrors || undefined}
                  aria-describedby={hintId}
                  className="mt-0.5"
                  onChange={(e) => onChange?.(option.value, e.currentTarget.checked)}
                />
              ) : (
                <input
                  id={`${id}-${option.value}`}
                  type="radio"
                  name={name}
                  value={option.value}
                  defaultChecked={selected.has(option.value)}
                  aria-describedby={hintId}
                  className="mt-0.5 size-4 shrink-0 accent-accent"
                  onChange={(e) => onChange?.(option.value, e.currentTarget.checked)}
                />
              )}
              <div>
                <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
                {option.hint && (
                  <p id={hintId} className="text-muted">
                    {option.hint}
                  </p>
                )}
              </div>
            </div>
          );
        })}
      </div>
      <Errors id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
