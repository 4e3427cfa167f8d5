"use client";
// The one wiring of every form field (components/forms/*-field.tsx, choice-group.tsx): a label, an
// optional description, the control, and its errors, tied together by ids so a screen reader reads
// the description and the errors with the control.
import { useId, type ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";

/** A choice of a select, a radio or a checkbox group. */
export interface Option {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

export interface FieldIds {
  id: string;
  descriptionId: string;
  errorId: string;
  hasErrors: boolean;
  /** For aria-describedby: the description and the errors, when there are any. */
  describedBy: string | undefined;
  /** What the control itself carries: its id, invalid state and description, spread onto it. */
  control: { id: string; "aria-invalid": true | undefined; "aria-describedby": string | undefined };
}

export function useFieldIds(description: ReactNode, errors: string[] | undefined): FieldIds {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const hasErrors = (errors?.length ?? 0) > 0;
  const describedBy = [description ? descriptionId : null, hasErrors ? errorId : null]
    .filter(Boolean)
    .join(" ");
  const described = describedBy || undefined;
  return {
    id,
    descriptionId,
    errorId,
    hasErrors,
    describedBy: described,
    control: { id, "aria-invalid": hasErrors || undefined, "aria-describedby": described },
  };
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

export function FieldShell({
  ids,
  label,
  description,
  errors,
  className,
  children,
}: {
  ids: FieldIds;
  label: ReactNode;
  description?: ReactNode;
  errors: string[] | undefined;
  className: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={ids.id}>{label}</Label>
      {description ? (
        <p id={ids.descriptionId} className="text-sm text-muted">
          {description}
        </p>
      ) : null}
      {children}
      <FieldErrors id={ids.errorId} errors={errors} />
    </div>
  );
}
