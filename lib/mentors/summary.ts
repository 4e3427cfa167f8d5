// Turning summary rows into MentorSummary: pure, so it is tested without a database.
import { fieldCodes, outcomeCodes, type FieldCode } from "@/lib/domain/case-facts";
import { pathwayCodes } from "@/lib/domain/pathways";
import type { MentorCaseSummary, MentorSummary } from "./types";

export const BIO_EXCERPT_LENGTH = 200;

/** The start of a bio, cut at a word boundary with an ellipsis when it was longer. */
export function bioExcerpt(bio: string, max = BIO_EXCERPT_LENGTH): string {
  const text = bio.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  const head = (lastSpace > max / 2 ? cut.slice(0, lastSpace) : text.slice(0, max)).replace(
    /[\s,;:.–—-]+$/,
    "",
  );
  return `${head}…`;
}

/** A stored field code, or null if it is not one we know. */
export function asFieldCode(value: string | null): FieldCode | null {
  return (fieldCodes as readonly string[]).includes(value ?? "") ? (value as FieldCode) : null;
}

function parseCases(value: unknown): MentorCaseSummary[] {
  const list: unknown = typeof value === "string" ? JSON.parse(value) : value;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: Record<string, unknown>) => {
    const pathway = pathwayCodes.find((p) => p === item.pathway);
    const outcome = outcomeCodes.find((o) => o === item.outcome);
    if (!pathway || !outcome) return [];
    const year = Number(item.decidedYear);
    return [
      {
        pathway,
        outcome,
        decidedYear: item.decidedYear == null || Number.isNaN(year) ? null : year,
        verified: item.verified === true,
      },
    ];
  });
}

/** A summary as the queries select it: the card's own fields, with the bio, field and cases raw. */
export type SummaryRow = Pick<
  MentorSummary,
  | "userId"
  | "handle"
  | "displayName"
  | "topics"
  | "languages"
  | "verified"
  | "accepting"
  | "capacity"
  | "activeMentees"
> & {
  bioStart: string;
  field: string | null;
  cases: unknown;
};

export function toMentorSummary(row: SummaryRow): MentorSummary {
  return {
    userId: row.userId,
    handle: row.handle,
    displayName: row.displayName,
    bioExcerpt: bioExcerpt(row.bioStart),
    field: asFieldCode(row.field),
    topics: row.topics,
    languages: row.languages,
    verified: row.verified === true,
    accepting: row.accepting,
    capacity: row.capacity,
    activeMentees: row.activeMentees,
    cases: parseCases(row.cases),
  };
}
