"use client";

// The one wiring of a form to its server action (the result of useFormAction): the hidden fields
// it posts, the form-level message first, then the fields and the button. Forms that show their
// message elsewhere (beside a lone button, in a toast) wire the <form> themselves.
import type { ComponentProps, FormEvent, RefObject } from "react";
import type { ActionState } from "@/lib/form-state";
import { FormMessage } from "./form-message";

export interface FormWiring {
  state: ActionState;
  formAction: (formData: FormData) => void;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  formRef?: RefObject<HTMLFormElement | null>;
}

export function ActionForm({
  form: { state, formAction, onSubmit, formRef },
  fields = {},
  children,
  ...props
}: {
  form: FormWiring;
  /** Hidden fields posted with the form; an undefined value is left out. */
  fields?: Record<string, string | number | undefined>;
} & Omit<ComponentProps<"form">, "action" | "onSubmit" | "ref">) {
  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} {...props}>
      {Object.entries(fields).map(([name, value]) =>
        value === undefined ? null : <input key={name} type="hidden" name={name} value={value} />,
      )}
      <FormMessage state={state} />
      {children}
    </form>
  );
}
