"use client";

import { useActionState } from "react";
import type { ActionState, FieldErrors } from "@/lib/action";
import { idleState } from "./state";

type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

/** useActionState for our actions, with the kept values and field errors of the last error. */
export function useFormAction(action: FormAction) {
  const [state, formAction] = useActionState(action, idleState);
  const values: Record<string, string> | undefined =
    state.status === "error" ? state.values : undefined;
  const errors: FieldErrors | undefined = state.status === "error" ? state.fieldErrors : undefined;
  return { state, formAction, values, errors };
}
