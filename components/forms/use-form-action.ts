"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { toast } from "@/components/ui/toast";
import type { ActionState, FormAction, FieldErrors } from "@/lib/form-state";
import { idleState } from "./state";

/** Checks a form in the browser before it is sent; returns the errors by field, or null. */
export type BrowserCheck = (formData: FormData) => FieldErrors | null;

const checkFields: ActionState = {
  status: "error",
  message: "Please correct the fields marked below.",
};

/**
 * The one way a form talks to its server action: useActionState, plus the values kept and the
 * field errors of the last error. Given a browser check, mistakes show at once and the submit is
 * stopped (so nothing typed is lost); the server checks everything again either way.
 */
export function useFormAction(action: FormAction, check?: BrowserCheck) {
  const [serverState, formAction, pending] = useActionState(action, idleState);
  const [browserErrors, setBrowserErrors] = useState<FieldErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    // After a refused submit, take the keyboard to the first field that needs fixing.
    if (attempt > 0) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [attempt, serverState]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!check) return;
    const found = check(new FormData(event.currentTarget));
    setBrowserErrors(found);
    setAttempt((n) => n + 1);
    if (found) event.preventDefault();
  }

  const state = browserErrors ? checkFields : serverState;
  const errors =
    browserErrors ?? (serverState.status === "error" ? serverState.fieldErrors : undefined);
  const values = serverState.status === "error" ? serverState.values : undefined;

  /** A single-value field's name, the value to show (what was sent, else `initial`) and errors. */
  function field(name: string, initial?: string | null) {
    return { name, defaultValue: values?.[name] ?? initial ?? undefined, errors: errors?.[name] };
  }
  return { state, formAction, values, errors, field, pending, onSubmit, formRef };
}

/** useFormAction for small forms with no room for a message: a success is said in a toast and
 * runs `onSuccess` (closing a dialog, clearing a draft); an error stays beside the form. */
export function useToastFormAction(action: FormAction, onSuccess?: () => void) {
  return useFormAction(async (prev: ActionState, formData: FormData) => {
    const result = await action(prev, formData);
    if (result.status === "success") {
      onSuccess?.();
      toast.success(result.message ?? "Done.");
    }
    return result;
  });
}
