import { z } from "zod";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";
import { declineReasons } from "./vocabulary";

const text = (what: string, max: number) =>
  z
    .string({ error: `Write ${what}.` })
    .trim()
    .min(1, `Write ${what}.`)
    .max(max, `Keep it under ${max} characters.`)
    .check(noSensitiveNumbers());

export const requestMentorshipSchema = z.strictObject({
  mentorId: z.uuid("Choose a mentor."),
  goals: text("what you hope to achieve", 2000),
  message: text("a short message to the mentor", 2000),
  idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "Reload the page and try again."),
});

export const requestIdSchema = z.strictObject({ requestId: z.uuid("Unknown request.") });

export const declineSchema = requestIdSchema.extend({
  reason: z.enum(declineReasons, { error: "Choose a reason." }),
  text: z
    .string()
    .trim()
    .max(1000, "Keep it under 1000 characters.")
    .check(noSensitiveNumbers())
    .optional(),
});

export const askInfoSchema = requestIdSchema.extend({ question: text("your question", 1000) });
export const answerInfoSchema = requestIdSchema.extend({ answer: text("your answer", 2000) });
