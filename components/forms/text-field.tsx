"use client";

import { useState, type ComponentProps, type ReactNode } from "react";
import { LazyMarkdown, loadMarkdown } from "@/components/lazy-markdown";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { FieldShell, useFieldIds } from "./field-shell";

type FieldOwnProps = {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  errors?: string[];
  className?: string;
};

// The field owns id, invalid state and description wiring; everything else passes through.
type Managed = "name" | "id" | "className" | "aria-invalid" | "aria-describedby";

export type TextFieldProps = FieldOwnProps & Omit<ComponentProps<"input">, Managed>;
export type TextAreaFieldProps = FieldOwnProps & Omit<ComponentProps<"textarea">, Managed>;

export function TextField({
  name,
  label,
  description,
  errors,
  className,
  ...inputProps
}: TextFieldProps) {
  const ids = useFieldIds(description, errors);
  return (
    <FieldShell
      ids={ids}
      label={label}
      description={description}
      errors={errors}
      className={className}
    >
      <Input {...ids.control} name={name} {...inputProps} />
    </FieldShell>
  );
}

export function TextAreaField({
  name,
  label,
  description,
  errors,
  className,
  ...textareaProps
}: TextAreaFieldProps) {
  const ids = useFieldIds(description, errors);
  return (
    <FieldShell
      ids={ids}
      label={label}
      description={description}
      errors={errors}
      className={className}
    >
      <Textarea {...ids.control} name={name} {...textareaProps} />
    </FieldShell>
  );
}

/**
 * A Markdown textarea with a Preview toggle. The textarea stays in the form while the preview is
 * shown (hidden, not unmounted), so submitting from either view sends the text.
 */
export function MarkdownField({
  name,
  label,
  description,
  errors,
  className,
  defaultValue,
  ...textareaProps
}: Omit<TextAreaFieldProps, "defaultValue" | "value" | "onChange"> & { defaultValue?: string }) {
  const ids = useFieldIds(description, errors);
  const [text, setText] = useState(defaultValue ?? "");
  const [previewing, setPreviewing] = useState(false);
  const previewId = `${ids.id}-preview`;
  return (
    <FieldShell
      ids={ids}
      label={label}
      description={description}
      errors={errors}
      className={className}
    >
      <Textarea
        {...ids.control}
        name={name}
        hidden={previewing}
        value={text}
        onChange={(e) => setText(e.target.value)}
        {...textareaProps}
      />
      {previewing && (
        <div
          id={previewId}
          role="region"
          aria-label="Preview"
          className="min-h-24 rounded-control border border-border bg-surface-raised p-3"
        >
          {text.trim() ? (
            <LazyMarkdown className="text-sm">{text}</LazyMarkdown>
          ) : (
            <p className="text-sm text-muted">Nothing to preview yet.</p>
          )}
        </div>
      )}
      <div>
        <Button
          type="button"
          size="sm"
          variant="ghost"
          aria-pressed={previewing}
          aria-controls={previewing ? previewId : ids.id}
          // Start loading the renderer as soon as a preview looks likely.
          onPointerEnter={loadMarkdown}
          onFocus={loadMarkdown}
          onClick={() => setPreviewing((p) => !p)}
        >
          {previewing ? "Back to writing" : "Preview"}
        </Button>
      </div>
    </FieldShell>
  );
}
