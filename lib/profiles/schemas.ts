// The onboarding wizard's zod schemas, one per step, shared by the forms and by saveOnboardingStep.
// Inputs are FormData-shaped (strings, or arrays for repeated names); outputs are what is stored.
import { z } from "zod";
import { asList } from "@/lib/schema-fields";
import { fieldCodes, visaStatusCodes, visibilityLevels } from "@/lib/domain/case-facts";
import { isCountryCode, isLanguageCode, isTimeZone } from "@/lib/domain/countries";
import {
  criteria,
  pathwayRequirements,
  strengthLevels,
  type CriterionCode,
  type Strength,
} from "@/lib/domain/criteria";
import { pathwayCodes, pathways, type PathwayCode } from "@/lib/domain/pathways";
import { stageCodes } from "@/lib/domain/stages";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";
import type { OnboardingStep } from "./steps";

export const KEYWORDS_MAX = 20;
export const KEYWORD_MAX_LENGTH = 40;
export const NOTE_MAX_LENGTH = 280;
export const GOALS_MAX_LENGTH = 2000;
export const LANGUAGES_MAX = 10;

/** Blank text is "not given". */
function blankToNull(value: string): string | null {
  return value === "" ? null : value;
}

/** "ML, computer vision , ml" → ["ML", "computer vision"]: trimmed, and the first spelling wins. */
export function splitKeywords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(",")) {
    const keyword = raw.trim().replace(/\s+/g, " ");
    const key = keyword.toLocaleLowerCase("en-US");
    if (keyword === "" || seen.has(key)) continue;
    seen.add(key);
    out.push(keyword);
  }
  return out;
}

// Step 1 ------------------------------------------------------------------------------------------
export const pathwaysStepSchema = z.strictObject({
  targetPathways: z.preprocess(
    asList,
    z
      .array(z.enum(pathwayCodes, { error: "Choose pathways from the list." }), {
        error: "Choose at least one pathway.",
      })
      .min(1, "Choose at least one pathway.")
      .max(pathwayCodes.length, `Choose at most ${pathwayCodes.length} pathways.`)
      .refine((list) => new Set(list).size === list.length, "Choose each pathway once."),
  ),
});

// Step 2 ------------------------------------------------------------------------------------------
export const fieldStepSchema = z.strictObject({
  field: z.enum(fieldCodes, { error: "Choose the field closest to your work." }),
  keywords: z.preprocess(
    (v) => v ?? "",
    z
      .string({ error: "Enter keywords as text, separated by commas." })
      .max(2000, "Keep the keywords under 2,000 characters.")
      .check(noSensitiveNumbers())
      .transform(splitKeywords)
      .superRefine((list, ctx) => {
        if (list.length > KEYWORDS_MAX) {
          ctx.addIssue({
            code: "custom",
            message: `Use at most ${KEYWORDS_MAX} keywords (you have ${list.length}).`,
          });
        }
        const long = list.find((k) => k.length > KEYWORD_MAX_LENGTH);
        if (long) {
          ctx.addIssue({
            code: "custom",
            message: `Keep each keyword to ${KEYWORD_MAX_LENGTH} characters: “${long.slice(0, 24)}…” is longer.`,
          });
        }
      }),
  ),
});

// Step 3 ------------------------------------------------------------------------------------------
export const backgroundStepSchema = z.strictObject({
  countryOfBirth: z
    .string({ error: "Choose your country of birth." })
    .min(1, "Choose your country of birth.")
    .refine(isCountryCode, "Choose your country of birth from the list."),
  currentStatus: z.enum(visaStatusCodes, { error: "Choose your current status." }),
  stage: z.enum(stageCodes, { error: "Choose where you are in the journey." }),
});

// Step 4 ------------------------------------------------------------------------------------------
export type AssessmentPart = "strength" | "note";

/** The form field of one criterion of one pathway, e.g. "assessment.eb1a.judging.strength". */
export function assessmentFieldName(
  pathway: PathwayCode,
  criterion: CriterionCode,
  part: AssessmentPart,
): string {
  return `assessment.${pathway}.${criterion}.${part}`;
}

const strengthField = z.enum(strengthLevels, { error: "Choose none yet, some or strong." });
const noteField = z
  .string({ error: "Write the note as text." })
  .trim()
  .max(NOTE_MAX_LENGTH, `Keep the note to ${NOTE_MAX_LENGTH} characters.`)
  .check(noSensitiveNumbers())
  .transform(blankToNull);

// Every pathway's every criterion is a known field; anything else is an unknown key and refused.
const assessmentShape: Record<string, z.ZodOptional<typeof strengthField | typeof noteField>> = {};
for (const pathway of pathwayCodes) {
  for (const criterion of pathwayRequirements[pathway].criteria) {
    assessmentShape[assessmentFieldName(pathway, criterion, "strength")] = strengthField.optional();
    assessmentShape[assessmentFieldName(pathway, criterion, "note")] = noteField.optional();
  }
}

export interface AssessmentInput {
  pathway: PathwayCode;
  criterion: CriterionCode;
  strength: Strength | undefined;
  note: string | null;
}

export const assessmentStepSchema = z.strictObject(assessmentShape).transform((data) => {
  const list: AssessmentInput[] = [];
  for (const pathway of pathwayCodes) {
    for (const criterion of pathwayRequirements[pathway].criteria) {
      const strength = data[assessmentFieldName(pathway, criterion, "strength")] as
        Strength | undefined;
      const note = data[assessmentFieldName(pathway, criterion, "note")] as string | null;
      if (strength !== undefined || (note !== undefined && note !== null)) {
        list.push({ pathway, criterion, strength, note: note ?? null });
      }
    }
  }
  return list;
});

/**
 * What the schema cannot know alone: every criterion of every chosen pathway is rated, and none of a
 * pathway not chosen is sent. Field errors by field name; empty when all is well.
 */
export function checkAssessments(
  chosen: readonly PathwayCode[],
  list: readonly AssessmentInput[],
): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  const given = new Map(list.map((a) => [`${a.pathway}.${a.criterion}`, a]));
  for (const a of list) {
    if (!chosen.includes(a.pathway)) {
      errors[assessmentFieldName(a.pathway, a.criterion, "strength")] = [
        `${pathways[a.pathway].short} is not one of your target pathways.`,
      ];
    }
  }
  for (const pathway of chosen) {
    for (const criterion of pathwayRequirements[pathway].criteria) {
      if (given.get(`${pathway}.${criterion}`)?.strength === undefined) {
        errors[assessmentFieldName(pathway, criterion, "strength")] = [
          `Choose how strong your evidence is for ${criteria[criterion].name.toLowerCase()}.`,
        ];
      }
    }
  }
  return errors;
}

// Step 5 ------------------------------------------------------------------------------------------
export const goalsStepSchema = z.strictObject({
  goals: z.preprocess(
    (v) => v ?? "",
    z
      .string({ error: "Write your goals as text." })
      .trim()
      .max(
        GOALS_MAX_LENGTH,
        `Keep your goals to ${GOALS_MAX_LENGTH.toLocaleString("en-US")} characters.`,
      )
      .check(noSensitiveNumbers())
      .transform(blankToNull),
  ),
  languages: z.preprocess(
    asList,
    z
      .array(z.string().refine(isLanguageCode, "Choose languages from the list."), {
        error: "Choose at least one language.",
      })
      .min(1, "Choose at least one language you could speak with a mentor.")
      .max(LANGUAGES_MAX, `Choose at most ${LANGUAGES_MAX} languages.`)
      .transform((list) => [...new Set(list)]),
  ),
  timezone: z
    .string({ error: "Choose your time zone." })
    .min(1, "Choose your time zone.")
    .refine(isTimeZone, "Choose your time zone from the list."),
});

// Step 6 ------------------------------------------------------------------------------------------
const visibility = z
  .enum(visibilityLevels, { error: "Choose who may see this." })
  .default("private");

export const privacyStepSchema = z.strictObject({
  countryVisibility: visibility,
  statusVisibility: visibility,
  stageVisibility: visibility,
  evidenceVisibility: visibility,
});

export const stepSchemas = {
  1: pathwaysStepSchema,
  2: fieldStepSchema,
  3: backgroundStepSchema,
  4: assessmentStepSchema,
  5: goalsStepSchema,
  6: privacyStepSchema,
} as const satisfies Record<OnboardingStep, z.ZodType>;

export type StepData<S extends OnboardingStep> = z.output<(typeof stepSchemas)[S]>;

/** Field errors keyed by the form's field names (dotted names stay whole). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key !== "string") continue;
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
