// The search page's parameters (zod 4): anything missing, repeated or damaged falls back to the
// default instead of failing, so a hand-edited URL still shows a page.
import { z } from "zod";
import { contentKinds } from "@/lib/content/vocabulary";
import { pathwayCodes } from "@/lib/domain/pathways";
import { optionalEnum } from "@/lib/schema-fields";

export const searchTypes = ["all", "content", "threads", "mentors"] as const;
export type SearchType = (typeof searchTypes)[number];

export const searchTypeLabels: Record<SearchType, string> = {
  all: "All",
  content: "Guides & articles",
  threads: "Community",
  mentors: "Mentors",
};

export const SEARCH_MIN = 2;
export const SEARCH_MAX = 200;

/** A repeated parameter (?q=a&q=b) counts as its first value. */
const first = (v: unknown) => (Array.isArray(v) ? (v as unknown[])[0] : v);

/**
 * The query as searched: control characters (which PostgreSQL refuses, and which the highlight
 * markers use) become spaces, whitespace collapses, and it is cut at SEARCH_MAX characters.
 */
export function normalizeQuery(q: string): string {
  return q
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, SEARCH_MAX)
    .trim();
}

export const searchParamsSchema = z.object({
  q: z.preprocess(
    first,
    z
      .string()
      .optional()
      .catch(undefined)
      .transform((v) => normalizeQuery(v ?? "")),
  ),
  type: z.preprocess(first, z.enum(searchTypes).default("all").catch("all")),
  kind: z.preprocess(first, optionalEnum(contentKinds).catch(undefined)),
  pathway: z.preprocess(first, optionalEnum(pathwayCodes).catch(undefined)),
  cursor: z.preprocess(first, z.string().max(400).optional().catch(undefined)),
});
export type SearchParams = z.output<typeof searchParamsSchema>;
