// Input of the mentorship space's forms: messages, checklist items, goals and feedback.
import { z } from "zod";
import { criterionCodes } from "@/lib/domain/criteria";
import { pathwayCodes } from "@/lib/domain/pathways";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";
import { checklistStatuses } from "../vocabulary";

export const MESSAGE_MAX = 5000;
export const NOTE_MAX = 1000;
export const GOAL_MAX = 500;
export const FEEDBACK_MAX = 2000;

const requestId = z.uuid("Unknown mentorship.");
/** An optional text field: left out, it changes nothing; sent empty, it clears the text. */
const optionalText = (what: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} to ${max} characters or fewer.`)
    .check(noSensitiveNumbers())
    .optional();

export const postMessageSchema = z.strictObject({
  requestId,
  body: z
    .string()
    .trim()
    .min(1, "Write a message first.")
    .max(MESSAGE_MAX, `Keep your message to ${MESSAGE_MAX} characters or fewer.`)
    .check(noSensitiveNumbers()),
});

export const checklistUpdateSchema = z.strictObject({
  requestId,
  pathway: z.enum(pathwayCodes, "Unknown pathway."),
  criterion: z.enum(criterionCodes, "Unknown criterion."),
  status: z.enum(checklistStatuses, "Choose a status from the list.").optional(),
  applicantNote: optionalText("your note", NOTE_MAX),
  mentorComment: optionalText("your comment", NOTE_MAX),
});

export const addGoalSchema = z.strictObject({
  requestId,
  text: z
    .string()
    .trim()
    .min(1, "Write the goal first.")
    .max(GOAL_MAX, `Keep the goal to ${GOAL_MAX} characters or fewer.`)
    .check(noSensitiveNumbers()),
  dueDate: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.iso.date("Enter a date like 2026-12-31.").optional(),
  ),
});

export const goalIdSchema = z.strictObject({
  requestId,
  goalId: z.uuid("Unknown goal."),
});

export const toggleGoalSchema = goalIdSchema.extend({
  done: z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean()),
});

export const feedbackSchema = z.strictObject({
  requestId,
  rating: z.coerce
    .number("Choose a rating from 1 to 5.")
    .int("Choose a rating from 1 to 5.")
    .min(1, "Choose a rating from 1 to 5.")
    .max(5, "Choose a rating from 1 to 5."),
  text: optionalText("your feedback", FEEDBACK_MAX),
});

export const requestIdOnlySchema = z.strictObject({ requestId });
