"use client";

import type { ComponentProps, ReactNode, Ref } from "react";
import { Select } from "@/components/ui/select";
import { FieldShell, useFieldIds, type Option } from "./field-shell";

type SelectProps = Omit<
  ComponentProps<"select">,
  "name" | "id" | "className" | "aria-invalid" | "aria-describedby"
>;

/**
 * A labelled native select: its choices as `options` (or `groups`, or children), an optional
 * first blank choice (`placeholder`), the description and errors wired to it.
 */
export function SelectField({
  name,
  label,
  description,
  errors,
  className,
  selectClassName,
  options,
  groups,
  placeholder,
  placeholderDisabled,
  selectRef,
  children,
  ...props
}: SelectProps & {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  errors?: string[];
  className?: string;
  selectClassName?: string;
  options?: readonly Option[];
  groups?: readonly { label: string; options: readonly Option[] }[];
  placeholder?: string;
  /** The blank choice cannot be chosen again once something is. */
  placeholderDisabled?: boolean;
  selectRef?: Ref<HTMLSelectElement>;
}) {
  const ids = useFieldIds(description, errors);
  return (
    <FieldShell
      ids={ids}
      label={label}
      description={description}
      errors={errors}
      className={className}
    >
      <Select {...ids.control} name={name} ref={selectRef} className={selectClassName} {...props}>
        {placeholder !== undefined && (
          <option value="" disabled={placeholderDisabled}>
            {placeholder}
          </option>
        )}
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
        {children}
      </Select>
    </FieldShell>
  );
}
