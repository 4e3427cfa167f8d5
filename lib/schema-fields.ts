// zod building blocks for FormData-shaped input, shared by every domain's schemas: checkbox groups
// and repeated fields, single checkboxes, optional selects.
import { z } from "zod";

/** A checkbox group or a repeated field: absent, one string, or several; empty strings dropped. */
export function asList(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return [];
  return (Array.isArray(value) ? value : [value]).filter((v) => v !== "");
}

/** A single checkbox: "on" (or true, "true", "1") when checked, absent when not. */
export const checkbox = z.preprocess(
  (v) => v === true || v === "on" || v === "true" || v === "1",
  z.boolean(),
);

/** A checkbox group of codes from a fixed list: deduplicated, at most `max`. */
export function codeList<T extends readonly [string, ...string[]]>(
  values: T,
  max: number,
  what: string,
) {
  return z.preprocess(
    asList,
    z
      .array(z.enum(values, { error: `Choose ${what} from the list.` }))
      .max(max, `Choose at most ${max} ${what}.`)
      .transform((list) => [...new Set(list)]),
  );
}

/** A select whose blank option means "any": blank becomes undefined. */
export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values).optional());
