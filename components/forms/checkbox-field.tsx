"use client";

import { useId, type ComponentProps, type ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";
import { cn } from "@/components/ui/cn";
import { FieldErrors } from "./field-shell";

/** One checkbox named by its label, with a hint that describes it and its errors. */
export function CheckboxField({
  id: givenId,
  label,
  hint,
  errors,
  className,
  ...props
}: {
  id?: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
} & Omit<
  ComponentProps<typeof Checkbox>,
  "id" | "aria-describedby" | "aria-invalid" | "className"
>) {
  const generated = useId();
  const id = givenId ?? generated;
  const invalid = (errors?.length ?? 0) > 0;
  const describedBy =
    [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <div className={cn("flex items-start gap-2 text-sm", className)}>
      <Checkbox
        id={id}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        className="mt-0.5"
        {...props}
      />
      <div className="flex min-w-0 flex-col gap-0.5">
        <label htmlFor={id}>{label}</label>
        {hint ? (
          <p id={`${id}-hint`} className="text-muted">
            {hint}
          </p>
        ) : null}
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
    </div>
  );
}
