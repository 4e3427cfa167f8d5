"use client";

import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { z } from "zod";
import { idleState } from "@/components/forms/state";
import type { ActionState, FieldErrors } from "@/lib/action";

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** FormData as the server sees it (lib/action.ts): Next's own fields dropped, repeats as arrays. */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

const checkFields: ActionState = {
  status: "error",
  message: "Please correct the fields marked below.",
};

/**
 * A form checked with the server's own schema before it is sent, so mistakes show at once; the
 * server checks again. The form is not reset after an error, so nothing typed is lost. Without
 * script, the form posts to the action as usual.
 */
export function useValidatedForm(action: FormAction, schema: z.ZodType) {
  const [serverState, formAction, pending] = useActionState(action, idleState);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [attempt, serverState]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const result = schema.safeParse(formDataToObject(formData));
    setAttempt((n) => n + 1);
    if (!result.success) {
      setClientErrors(z.flattenError(result.error).fieldErrors as FieldErrors);
      return;
    }
    setClientErrors(null);
    startTransition(() => formAction(formData));
  }

  const state = clientErrors ? checkFields : serverState;
  const errors =
    clientErrors ?? (serverState.status === "error" ? serverState.fieldErrors : undefined);
  return { state, errors, pending, formAction, onSubmit, formRef };
}
