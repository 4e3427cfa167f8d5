// Ids in input. Every primary key is a uuid: an id that is not one is "not found" before it reaches
// a query (PostgreSQL would refuse the cast with an error instead). Pure, so the proxy may use it.

/** A uuid in its canonical 8-4-4-4-12 form, any letter case, without anchors (for larger patterns). */
export const UUID_SOURCE = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** The whole string is a uuid. Forms use zod's `z.uuid()`; this is for ids from paths and params. */
export const UUID_PATTERN = new RegExp(`^${UUID_SOURCE}$`, "i");

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
