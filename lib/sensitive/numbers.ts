// The one owner of the sensitive-number rule (docs/security.md #12 and #23): finds USCIS receipt
// numbers, A-numbers and passport numbers in member-written text, names them masked, and masks
// them in text that is kept. Pure, no I/O, safe in the browser. Tuned for few false positives:
// years, phone numbers, DOIs, ORCIDs, ISBNs and amounts do not match; a bare 8–9 digit number
// counts as an A-number or a passport number only next to words that say so. Where it applies:
// community posts are held (lib/moderation/holds.ts); every other text is refused by its schema
// (noSensitiveNumbers in ./schema.ts).

import { ValidationError } from "@/lib/errors";

export type SensitiveKind = "receipt_number" | "a_number" | "passport_number";

export interface SensitiveFinding {
  kind: SensitiveKind;
  /** The number as written, shortened for messages (first 3 and last 2 characters). */
  masked: string;
  /** Where the number is in the text, and how long it is as written. */
  index: number;
  length: number;
}

export const sensitiveKindLabels: Record<SensitiveKind, string> = {
  receipt_number: "a USCIS receipt number",
  a_number: "an A-number (alien registration number)",
  passport_number: "a passport number",
};

/** Receipt prefixes: service centres (EAC, WAC, LIN, SRC), lockboxes and online filing (IOE). */
const RECEIPT_PREFIXES = [
  "EAC",
  "WAC",
  "LIN",
  "SRC",
  "MSC",
  "NBC",
  "IOE",
  "YSC",
  "TSC",
  "NSC",
  "CSC",
  "VSC",
];

// Known prefix, any case, then 10 digits that may be split by single spaces or dashes.
const RECEIPT_KNOWN = new RegExp(
  `(?<![A-Za-z0-9])(?:${RECEIPT_PREFIXES.join("|")})[ \\t-]?(?:\\d[ \\t-]?){9}\\d(?![0-9]|-\\d)`,
  "gi",
);
// Any three capitals glued to exactly 10 digits (other offices' prefixes), written as one token.
const RECEIPT_GENERIC = /(?<![A-Za-z0-9])[A-Z]{3}\d{10}(?![0-9])/g;

// A capital A, then 8 or 9 digits, whole or grouped like A-123-456-789 / A 12 345 678.
const A_NUMBER = /(?<![A-Za-z0-9])A[ \t-]?(?:\d{8,9}|\d{2,3}[ \t-]\d{3}[ \t-]\d{3})(?![0-9]|-\d)/g;
// "A-number", "A#", "alien (registration) number", "USCIS number" shortly before 8–9 digits.
const A_CONTEXT =
  /\b(?:a[ -]?(?:number|no\.?|#)|a#|alien(?: registration)? (?:number|no\.?|#)|uscis (?:number|no\.?|#))[^\n\d]{0,25}((?:\d{8,9}|\d{2,3}[ \t-]\d{3}[ \t-]\d{3}))(?![0-9]|-\d)/gi;

// "passport" shortly before a token of 6–9 digits with up to two leading letters.
const PASSPORT =
  /\bpassports?\b[^\n\d]{0,30}?(?<![A-Za-z0-9])([A-Za-z]{0,2}\d{6,9})(?![A-Za-z0-9])/gi;

function mask(raw: string): string {
  const compact = raw.replace(/[\s-]/g, "");
  if (compact.length <= 5) return "…";
  return `${compact.slice(0, 3)}…${compact.slice(-2)}`;
}

/** Every sensitive number in the text, in order of appearance, each reported once. */
export function findSensitiveNumbers(text: string): SensitiveFinding[] {
  const found: SensitiveFinding[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const add = (kind: SensitiveKind, raw: string, index: number) => {
    if (overlaps(index, index + raw.length)) return;
    taken.push([index, index + raw.length]);
    found.push({ kind, masked: mask(raw), index, length: raw.length });
  };
  for (const m of text.matchAll(RECEIPT_KNOWN)) add("receipt_number", m[0], m.index);
  for (const m of text.matchAll(RECEIPT_GENERIC)) add("receipt_number", m[0], m.index);
  for (const m of text.matchAll(A_NUMBER)) add("a_number", m[0], m.index);
  for (const m of text.matchAll(A_CONTEXT)) {
    const digits = m[1]!;
    add("a_number", digits, m.index + m[0].lastIndexOf(digits));
  }
  for (const m of text.matchAll(PASSPORT)) {
    const token = m[1]!;
    add("passport_number", token, m.index + m[0].lastIndexOf(token));
  }
  return found.sort((a, b) => a.index - b.index);
}

/** What was found, each kind once with up to three shortened examples, or null when nothing. */
export function describeSensitiveNumbers(findings: SensitiveFinding[]): string | null {
  if (findings.length === 0) return null;
  const kinds = [...new Set(findings.map((f) => f.kind))];
  return kinds
    .map((kind) => {
      const examples = new Set(findings.filter((f) => f.kind === kind).map((f) => f.masked));
      return `${sensitiveKindLabels[kind]} (${[...examples].slice(0, 3).join(", ")})`;
    })
    .join(" and ");
}

/**
 * The refusal asking the writer to remove what was found, or null when nothing was. It shows the
 * number shortened, so the message itself does not repeat it.
 */
export function sensitiveNumberMessage(findings: SensitiveFinding[]): string | null {
  const what = describeSensitiveNumbers(findings);
  return what
    ? `This looks like it contains ${what}. Remove it and try again: these numbers identify an immigration case, so Landed does not keep them.`
    : null;
}

/** The text with every sensitive number replaced by its shortened form ("EAC…45"). */
export function maskSensitiveNumbers(text: string): string {
  let out = text;
  // From the end, so earlier positions stay right.
  for (const f of findSensitiveNumbers(text).reverse()) {
    out = out.slice(0, f.index) + f.masked + out.slice(f.index + f.length);
  }
  return out;
}

/**
 * Refuses text carrying a sensitive number, naming what was found per field, for text that reaches
 * a domain function without passing a form schema (forms use noSensitiveNumbers instead).
 */
export function refuseSensitiveNumbers(fields: Record<string, string | undefined>): void {
  const fieldErrors: Record<string, string[]> = {};
  let first: string | null = null;
  for (const [field, text] of Object.entries(fields)) {
    if (text === undefined) continue;
    const message = sensitiveNumberMessage(findSensitiveNumbers(text));
    if (message) {
      fieldErrors[field] = [message];
      first ??= message;
    }
  }
  if (first) throw new ValidationError(first, fieldErrors);
}
