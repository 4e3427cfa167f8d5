// Content input schemas (zod 4), shared by the editor form and the server actions. Inputs are
// FormData-shaped; outputs are what lib/content/mutations.ts takes.
import { z } from "zod";
import { idempotencyKey } from "@/lib/community/schemas";
import { fieldCodes } from "@/lib/domain/case-facts";
import { chargeabilityAreas } from "@/lib/domain/countries";
import { criterionCodes } from "@/lib/domain/criteria";
import { pathwayCodes } from "@/lib/domain/pathways";
import { stageCodes } from "@/lib/domain/stages";
import { checkbox, codeList, optionalEnum } from "@/lib/schema-fields";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";
import { BODY_MAX, contentKinds, SUMMARY_MAX, TAGS_MAX, TITLE_MAX } from "./vocabulary";

export const TITLE_MIN = 10;
export const SUMMARY_MIN = 20;
export const BODY_MIN = 50;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The fields an author writes; the same for a new item and an edit. */
const contentFields = {
  kind: z.enum(contentKinds, { error: "Choose what kind of item this is." }),
  title: z
    .string({ error: "Write a title." })
    .trim()
    .min(TITLE_MIN, `Write a title of at least ${TITLE_MIN} characters.`)
    .max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters.`)
    .check(noSensitiveNumbers()),
  summary: z
    .string({ error: "Write a short summary." })
    .trim()
    .min(SUMMARY_MIN, `Write a summary of at least ${SUMMARY_MIN} characters.`)
    .max(SUMMARY_MAX, `Keep the summary under ${SUMMARY_MAX} characters.`)
    .check(noSensitiveNumbers()),
  body: z
    .string({ error: "Write the text." })
    .trim()
    .min(BODY_MIN, `Write at least ${BODY_MIN} characters.`)
    .max(BODY_MAX, `Keep it under ${BODY_MAX.toLocaleString("en-US")} characters.`)
    .check(noSensitiveNumbers()),
  pathways: codeList(pathwayCodes, pathwayCodes.length, "pathways"),
  criteria: codeList(criterionCodes, TAGS_MAX, "criteria"),
  stages: codeList(stageCodes, TAGS_MAX, "stages"),
  fields: codeList(fieldCodes, TAGS_MAX, "fields"),
  chargeability: codeList(chargeabilityAreas, chargeabilityAreas.length, "countries"),
  /** Opportunities only: the last day to apply (YYYY-MM-DD); blank for none. */
  closesOn: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z
      .string()
      .regex(isoDate, "Use a date like 2026-12-31.")
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "Use a real date.")
      .nullable(),
  ),
  /** Admins only; refused for anyone else by the domain function. */
  official: checkbox.default(false),
  pinned: checkbox.default(false),
  /** "publish" publishes on save; "draft" keeps (or makes) it a draft. */
  intent: z.enum(["draft", "publish"]).default("draft"),
};

export const createContentSchema = z.strictObject({ ...contentFields, idempotencyKey });
export type CreateContentInput = z.output<typeof createContentSchema>;

export const updateContentSchema = z.strictObject({
  ...contentFields,
  id: z.uuid("Unknown item."),
  /** The version the editor started from; a newer one in the database means a conflict. */
  version: z.coerce.number({ error: "Reload the page and try again." }).int().min(1).max(1_000_000),
});
export type UpdateContentInput = z.output<typeof updateContentSchema>;

export const contentIdSchema = z.strictObject({ id: z.uuid("Unknown item.") });

/** The library's search parameters; anything damaged falls back to the default. */
export const libraryFiltersSchema = z.object({
  kind: optionalEnum(contentKinds).catch(undefined),
  pathway: optionalEnum(pathwayCodes).catch(undefined),
  criterion: optionalEnum(criterionCodes).catch(undefined),
  stage: optionalEnum(stageCodes).catch(undefined),
  cursor: z.string().max(400).optional().catch(undefined),
});
export type LibraryFilters = z.output<typeof libraryFiltersSchema>;
