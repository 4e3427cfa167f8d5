// Search highlighting as plain-text segments (pure; never HTML): parses ts_headline output
// delimited by private marker characters, and marks query words in text highlighted in TypeScript.

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** ts_headline's StartSel and StopSel: control characters no one types, stripped from the text. */
export const MARK_START = "\u0002";
export const MARK_STOP = "\u0003";

const MARKERS = /[\u0002\u0003]/g;
const WORD_CHAR = "[\\p{L}\\p{N}]";
const MAX_TERMS = 12;

// English stop words websearch_to_tsquery ignores: marking them would show matches that were not.
const STOP_WORDS = new Set(
  (
    "a an and are as at be but by do does for from has have how i if in is it its my no not of on " +
    "or our so than that the their them then there these they this to was we were what when where " +
    "which who why will with you your"
  ).split(" "),
);

/** The text with the marker characters removed, so nobody can forge a highlight. */
export function stripMarkers(text: string): string {
  return text.replace(MARKERS, "");
}

/** Adjacent segments of the same kind merged and empty ones dropped. */
function tidy(segments: HighlightSegment[]): HighlightSegment[] {
  const out: HighlightSegment[] = [];
  for (const s of segments) {
    if (!s.text) continue;
    const last = out.at(-1);
    if (last && last.match === s.match) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/**
 * Splits a headline into segments: text between MARK_START and MARK_STOP is a match. A stray or
 * repeated marker never shows; an unclosed match ends with the text.
 */
export function parseHeadline(headline: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let match = false;
  let text = "";
  for (const ch of headline) {
    if (ch === MARK_START || ch === MARK_STOP) {
      const next = ch === MARK_START;
      if (next !== match) {
        segments.push({ text, match });
        text = "";
        match = next;
      }
      continue;
    }
    text += ch;
  }
  segments.push({ text, match });
  return tidy(segments);
}

/** Crude English stemming, enough that "visas" marks "visa" and "letters" marks "letter". */
function stem(word: string): string {
  for (const suffix of ["ing", "ies", "es", "ed", "s"]) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/**
 * The words of a web-style query worth marking: lower case, stemmed, without excluded words
 * ("-word"), the OR operator, stop words or one-letter words.
 */
export function queryTerms(q: string): string[] {
  const terms = new Set<string>();
  for (const raw of stripMarkers(q).split(/\s+/)) {
    if (raw.startsWith("-") || raw === "OR" || raw === "or") continue;
    for (const word of raw.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (word.length < 2 || STOP_WORDS.has(word)) continue;
      terms.add(stem(word));
    }
  }
  return [...terms].slice(0, MAX_TERMS);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Marks every word of `text` that starts with a query term (case-insensitive). */
export function highlightTerms(text: string, q: string): HighlightSegment[] {
  const clean = stripMarkers(text);
  const terms = queryTerms(q).sort((a, b) => b.length - a.length);
  if (terms.length === 0) return tidy([{ text: clean, match: false }]);
  const pattern = new RegExp(
    `(?<!${WORD_CHAR})(?:${terms.map(escapeRegExp).join("|")})${WORD_CHAR}*`,
    "giu",
  );
  const segments: HighlightSegment[] = [];
  let at = 0;
  for (const m of clean.matchAll(pattern)) {
    segments.push({ text: clean.slice(at, m.index), match: false });
    segments.push({ text: m[0], match: true });
    at = m.index + m[0].length;
  }
  segments.push({ text: clean.slice(at), match: false });
  return tidy(segments);
}

/** The segments as plain text (for titles, alt text, tests). */
export function segmentsText(segments: readonly HighlightSegment[]): string {
  return segments.map((s) => s.text).join("");
}
