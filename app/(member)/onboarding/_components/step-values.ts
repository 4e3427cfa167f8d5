// Reading a step's current values: what was just submitted (after an error) or what is saved.
import { formDataToObject, type FieldErrors } from "@/lib/form-state";

export type FormShape = Record<string, string | string[]>;

export interface StepValues {
  text: (name: string) => string;
  list: (name: string) => string[];
  errors: FieldErrors | undefined;
  /** A single-value field's name, the value to show and its errors. */
  field: (name: string) => { name: string; defaultValue: string; errors: string[] | undefined };
}

/** After an error the action sends back what was typed, lists joined with commas (actions.ts). */
export function stepValues(
  submitted: Record<string, string> | undefined,
  saved: FormShape,
  errors: FieldErrors | undefined,
): StepValues {
  const values = readValues(submitted, saved, errors);
  return {
    ...values,
    field: (name) => ({ name, defaultValue: values.text(name), errors: errors?.[name] }),
  };
}

function readValues(
  submitted: Record<string, string> | undefined,
  saved: FormShape,
  errors: FieldErrors | undefined,
): Omit<StepValues, "field"> {
  if (submitted) {
    return {
      text: (name) => submitted[name] ?? "",
      list: (name) => (submitted[name] ? submitted[name].split(",") : []),
      errors,
    };
  }
  return {
    text: (name) => {
      const value = saved[name];
      return Array.isArray(value) ? value.join(", ") : (value ?? "");
    },
    list: (name) => {
      const value = saved[name];
      return Array.isArray(value) ? value : value ? [value] : [];
    },
    errors,
  };
}

/** FormData as the server's action sees it, minus the step number. */
export function formShapeOf(formData: FormData): FormShape {
  const { step: _step, ...rest } = formDataToObject(formData);
  return rest;
}
