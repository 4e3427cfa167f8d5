"use client";

import { useActionState } from "react";
import type { z } from "zod";
import {
  formDataToObject,
  keepValues,
  zodErrorState,
  type ActionState,
  type FieldErrors,
} from "@/lib/form-state";
import { idleState } from "./state";

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * useActionState for our actions, with the kept values and field errors of the last error. Given
 * the action's own zod schema, the form is checked in the browser first, for instant feedback;
 * the server checks again whatever happens here.
 */
export function useFormAction(action: FormAction, schema?: z.ZodType) {
  const [state, formAction] = useActionState(async (prev: ActionState, formData: FormData) => {
    if (schema) {
      const input = formDataToObject(formData);
      const parsed = schema.safeParse(input);
      if (!parsed.success) return zodErrorState(parsed.error, keepValues(input));
    }
    return action(prev, formData);
  }, idleState);
  const values: Record<string, string> | undefined =
    state.status === "error" ? state.values : undefined;
  const errors: FieldErrors | undefined = state.status === "error" ? state.fieldErrors : undefined;
  return { state, formAction, values, errors };
}
