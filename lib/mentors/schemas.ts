// Zod schemas for the mentor profile and case record forms, shared by the forms, the actions and the
// domain functions. Outputs are valid inputs again, so a domain function may parse what an action parsed.
import { z } from "zod";
import { asList, checkbox } from "@/lib/schema-fields";
import {
  fieldCodes,
  outcomeCodes,
  serviceCentreCodes,
  visibilityLevels,
} from "@/lib/domain/case-facts";
import { criterionCodes, isCriterionOf } from "@/lib/domain/criteria";
import { isCountryCode, isLanguageCode, isTimeZone } from "@/lib/domain/countries";
import { pathwayCodes } from "@/lib/domain/pathways";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";

export const BIO_MAX = 2000;
export const TOPICS_MAX = 15;
export const TOPIC_MAX_LENGTH = 40;
export const LANGUAGES_MAX = 10;
export const CAPACITY_MAX = 20;
export const CASE_RECORDS_MAX = 10;

function unique<T>(list: T[]): T[] {
  return [...new Set(list)];
}

/** "yes" / "no" / "unknown" from a form, or the boolean / null they became. */
function toTriState(value: unknown): unknown {
  if (value === true || value === "yes") return true;
  if (value === false || value === "no") return false;
  if (value === null || value === undefined || value === "" || value === "unknown") return null;
  return value;
}

/** Topics typed as "peer review, patents, NLP": split, trimmed, de-duplicated (ignoring case). */
const topicsSchema = z.preprocess(
  (value) => {
    const raw = Array.isArray(value) ? value.join(",") : value;
    if (raw === undefined || raw === null) return [];
    if (typeof raw !== "string") return raw;
    const seen = new Set<string>();
    const topics: string[] = [];
    for (const part of raw.split(",")) {
      const topic = part.replace(/\s+/g, " ").trim();
      if (!topic || seen.has(topic.toLowerCase())) continue;
      seen.add(topic.toLowerCase());
      topics.push(topic);
    }
    return topics;
  },
  z
    .array(
      z
        .string()
        .max(TOPIC_MAX_LENGTH, `Keep each topic under ${TOPIC_MAX_LENGTH} characters.`)
        .check(noSensitiveNumbers()),
      { error: "List your topics separated by commas." },
    )
    .max(TOPICS_MAX, `List at most ${TOPICS_MAX} topics.`),
);

const languagesSchema = z.preprocess(
  asList,
  z
    .array(z.string().refine(isLanguageCode, "Choose languages from the list."), {
      error: "Choose at least one language you can mentor in.",
    })
    .min(1, "Choose at least one language you can mentor in.")
    .max(LANGUAGES_MAX, `Choose at most ${LANGUAGES_MAX} languages.`)
    .transform(unique),
);

/**
 * A time zone Intl can use. lib/domain's list holds ICU's canonical names only, which misses
 * current aliases such as Asia/Kolkata and Europe/Kyiv (listed as Asia/Calcutta, Europe/Kiev).
 */
export function isUsableTimeZone(tz: string): boolean {
  if (isTimeZone(tz)) return true;
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{1,63}$/.test(tz)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const visibilitySchema = (what: string) =>
  z.enum(visibilityLevels, { error: `Choose who may see your ${what}.` });

export const mentorProfileSchema = z.strictObject({
  bio: z
    .string({ error: "Write a short bio." })
    .trim()
    .max(BIO_MAX, `Keep your bio under ${BIO_MAX} characters.`)
    .check(noSensitiveNumbers())
    .default(""),
  field: z.enum(fieldCodes, { error: "Choose your field." }),
  topics: topicsSchema,
  languages: languagesSchema,
  timezone: z
    .string({ error: "Choose your time zone." })
    .refine((tz) => tz !== "" && isUsableTimeZone(tz), "Choose your time zone from the list."),
  countryOfBirth: z.preprocess(
    (v) => (v === "" || v === undefined ? null : v),
    z
      .string({ error: "Choose a country from the list." })
      .refine(isCountryCode, "Choose a country from the list.")
      .nullable(),
  ),
  countryVisibility: visibilitySchema("country of birth"),
  caseDetailsVisibility: visibilitySchema("case details"),
  capacity: z.coerce
    .number({ error: "Enter how many mentees you can take, from 0 to 20." })
    .int("Enter a whole number.")
    .min(0, "Capacity cannot be negative.")
    .max(CAPACITY_MAX, `Take at most ${CAPACITY_MAX} mentees at a time.`),
  accepting: checkbox,
});

export type MentorProfileInput = z.input<typeof mentorProfileSchema>;
export type MentorProfileData = z.output<typeof mentorProfileSchema>;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:-01)?$/;

/** `<input type="month">` gives "2024-03"; stored as the first of the month ("2024-03-01"). */
const monthSchema = z.preprocess(
  (v) => (v === "" || v === undefined ? null : v),
  z
    .string()
    .regex(MONTH, "Enter a month like 2024-03.")
    .transform((v) => {
      const [, year, month] = MONTH.exec(v)!;
      return `${year}-${month}-01`;
    })
    .refine((v) => v >= "1990-01-01", "Enter a month from 1990 on.")
    .nullable(),
);

/** The first day of this month in UTC, as "YYYY-MM-01". */
export function currentMonth(now = new Date()): string {
  return `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}-01`;
}

const criteriaList = z.preprocess(
  asList,
  z
    .array(z.enum(criterionCodes, { error: "Choose criteria from the list." }))
    .max(criterionCodes.length)
    .transform(unique),
);

const caseRecordFields = {
  pathway: z.enum(pathwayCodes, { error: "Choose the pathway of this case." }),
  filedMonth: monthSchema,
  decidedMonth: monthSchema,
  serviceCentre: z
    .enum(serviceCentreCodes, { error: "Choose a service centre from the list." })
    .default("unknown"),
  premium: z.preprocess(toTriState, z.boolean({ error: "Choose yes, no or not sure." }).nullable()),
  selfFiled: z.preprocess(
    toTriState,
    z.boolean({ error: "Choose who filed the case." }).nullable(),
  ),
  rfe: z.preprocess(
    (v) => (v === "yes" || v === true ? true : v === "no" || v === false ? false : v),
    z.boolean({ error: "Say whether you received an RFE." }),
  ),
  rfeCriteria: criteriaList,
  outcome: z.enum(outcomeCodes, { error: "Choose the outcome." }),
  criteriaClaimed: criteriaList,
  criteriaAccepted: criteriaList,
};

type CaseFields = z.output<z.ZodObject<typeof caseRecordFields>>;

/** The rules between fields: dates in order and not in the future, criteria of the pathway. */
function refineCaseRecord(c: CaseFields, ctx: z.RefinementCtx): void {
  const now = currentMonth();
  if (c.filedMonth && c.filedMonth > now) {
    ctx.addIssue({
      code: "custom",
      path: ["filedMonth"],
      message: "The filing month cannot be in the future.",
    });
  }
  if (c.decidedMonth && c.decidedMonth > now) {
    ctx.addIssue({
      code: "custom",
      path: ["decidedMonth"],
      message: "The decision month cannot be in the future.",
    });
  }
  if (c.filedMonth && c.decidedMonth && c.decidedMonth < c.filedMonth) {
    ctx.addIssue({
      code: "custom",
      path: ["decidedMonth"],
      message: "The decision cannot come before the filing.",
    });
  }
  if (c.outcome === "pending" && c.decidedMonth) {
    ctx.addIssue({
      code: "custom",
      path: ["decidedMonth"],
      message: "A pending case has no decision month yet: leave it empty.",
    });
  }
  const lists = [
    ["criteriaClaimed", c.criteriaClaimed],
    ["criteriaAccepted", c.criteriaAccepted],
    ["rfeCriteria", c.rfeCriteria],
  ] as const;
  for (const [key, list] of lists) {
    const foreign = list.filter((code) => !isCriterionOf(c.pathway, code));
    if (foreign.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: "Choose only criteria of this case's pathway.",
      });
    }
  }
  if (c.criteriaAccepted.some((code) => !c.criteriaClaimed.includes(code))) {
    ctx.addIssue({
      code: "custom",
      path: ["criteriaAccepted"],
      message: "An accepted criterion must also be one you claimed.",
    });
  }
  if (!c.rfe && c.rfeCriteria.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: ["rfeCriteria"],
      message: "Criteria an RFE asked about need an RFE: choose “Yes” above, or clear them.",
    });
  }
}

export const caseRecordSchema = z.strictObject(caseRecordFields).superRefine(refineCaseRecord);

export type CaseRecordInput = z.input<typeof caseRecordSchema>;
export type CaseRecordData = z.output<typeof caseRecordSchema>;

const recordId = z.uuid("This case record does not exist.");

/** The edit form: the record's id travels in a hidden field; ownership is checked by the domain. */
export const updateCaseRecordFormSchema = z
  .strictObject({ id: recordId, ...caseRecordFields })
  .superRefine(refineCaseRecord);

export const deleteCaseRecordFormSchema = z.strictObject({ id: recordId });

export const bookmarkFormSchema = z.strictObject({
  mentorUserId: z.uuid("We could not find this mentor."),
  on: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/** Directory filters from the query string: a value that is not valid is ignored, never an error page. */
export const directoryFiltersSchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined),
  pathway: z.enum(pathwayCodes).optional().catch(undefined),
  criterion: z.enum(criterionCodes).optional().catch(undefined),
  field: z.enum(fieldCodes).optional().catch(undefined),
  country: z.string().refine(isCountryCode).optional().catch(undefined),
  language: z.string().refine(isLanguageCode).optional().catch(undefined),
  verified: z
    .preprocess((v) => v === "1" || v === "on" || v === "true" || v === true, z.boolean())
    .catch(false),
  accepting: z
    .preprocess((v) => v === "1" || v === "on" || v === "true" || v === true, z.boolean())
    .catch(false),
});

/** Filters as the directory query takes them; anything else passed in is ignored by the parse. */
export type DirectoryFilters = Partial<z.output<typeof directoryFiltersSchema>>;
