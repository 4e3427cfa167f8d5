// One way to declare a value list (pure; no I/O): the codes are the keys of one record, in the order
// written, with their labels and their choices for a select. The codes are a non-empty tuple, so
// `pgEnum(name, codes)` and `z.enum(codes)` take them as they are; their order is the enum's order.

/** A value list: its codes in order, each code's entry and label, and the codes as choices. */
export interface Vocabulary<K extends string, E = string> {
  codes: readonly [K, ...K[]];
  entries: Readonly<Record<K, E>>;
  labels: Readonly<Record<K, string>>;
  /** The codes as choices of a select or a filter, in order. */
  options: { value: K; label: string }[];
  label(code: K): string;
  isCode(value: unknown): value is K;
}

/** A list whose entries are its labels: `vocabulary({ guide: "Guide", article: "Article" })`. */
export function vocabulary<const T extends Record<string, string>>(
  labels: T,
): Vocabulary<keyof T & string>;
/** A list of richer entries, with where each one's label is: `vocabulary(stages, (s) => s.label)`. */
export function vocabulary<const T extends Record<string, object>>(
  entries: T,
  labelOf: (entry: T[keyof T]) => string,
): Vocabulary<keyof T & string, T[keyof T]>;
export function vocabulary(
  entries: Record<string, unknown>,
  labelOf: (entry: unknown) => string = String,
): Vocabulary<string, unknown> {
  const codes = Object.keys(entries);
  if (codes.length === 0) throw new Error("A vocabulary needs at least one code.");
  const labels = Object.fromEntries(codes.map((code) => [code, labelOf(entries[code])]));
  return {
    codes: codes as [string, ...string[]],
    entries,
    labels,
    options: codes.map((code) => ({ value: code, label: labels[code]! })),
    label: (code) => labels[code]!,
    isCode: (value): value is string => typeof value === "string" && Object.hasOwn(entries, value),
  };
}
