// What a form and its server action exchange; no server imports (and no zod: every form ships
// this), so client code can use it too.

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState =
  | { status: "idle" }
  | { status: "success"; message?: string }
  | {
      status: "error";
      message: string;
      fieldErrors?: FieldErrors;
      values?: Record<string, string>;
      /** An edit refused because someone saved first: the text now stored, to compare with. */
      conflict?: { body: string; title: string | null; summary?: string; version: number };
    };

/** A server action as a form calls it through useActionState. */
export type FormAction = (prev: ActionState, formData: FormData) => Promise<ActionState>;

const SECRET_FIELD = /password|token/i;

/**
 * FormData as a plain object; Next's own `$ACTION…` fields are dropped, repeated names become
 * arrays, NUL characters are dropped. A hand-made request can call an action with anything in place of the form: that reads
 * as an empty form (which the action's schema then refuses), never as a crash and a 500.
 */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!(formData instanceof FormData)) return out;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    const text = withoutNul(value);
    const prev = out[key];
    out[key] = prev === undefined ? text : Array.isArray(prev) ? [...prev, text] : [prev, text];
  }
  return out;
}

/**
 * PostgreSQL refuses the NUL character in text (a 500 if it got that far), and no one types it:
 * every input drops it at the boundary (forms here, URLs in proxy.ts).
 */
export function withoutNul(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}

/** What the form should show again after an error: everything typed except secrets. */
export function keepValues(input: Record<string, string | string[]>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!SECRET_FIELD.test(key) && typeof value === "string") values[key] = value.slice(0, 5000);
  }
  return values;
}
