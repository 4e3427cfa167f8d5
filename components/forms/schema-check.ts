"use client";

// Browser-side checks with an action's own zod schema: only the forms that use it ship zod to the
// browser (components/forms/use-form-action.ts stays free of it, so a button form stays small).
import { z } from "./browser-zod";
import { formDataToObject, type FieldErrors } from "@/lib/form-state";
import type { BrowserCheck } from "./use-form-action";

/** A BrowserCheck with the action's own zod schema: the same rules, judged before the round trip. */
export function schemaCheck(schema: z.ZodType): BrowserCheck {
  return (formData) => {
    const parsed = schema.safeParse(formDataToObject(formData));
    return parsed.success ? null : (z.flattenError(parsed.error).fieldErrors as FieldErrors);
  };
}
