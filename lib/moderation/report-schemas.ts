// Inputs of reports and appeals (zod 4, FormData-shaped).
import { z } from "zod";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";
import { reportReasons, reportTargetTypes } from "./vocabulary";

export const reportSchema = z.strictObject({
  targetType: z.enum(reportTargetTypes, { error: "Unknown item." }),
  targetId: z.string().min(1).max(64),
  reason: z.enum(reportReasons, { error: "Choose a reason." }),
  details: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z
      .string()
      .trim()
      .max(1000, "Keep it under 1,000 characters.")
      .check(noSensitiveNumbers())
      .nullable()
      .default(null),
  ),
});

const appealText = z
  .string({ error: "Explain your appeal." })
  .trim()
  .min(10, "Explain your appeal in at least 10 characters.")
  .max(2000, "Keep it under 2,000 characters.")
  .check(noSensitiveNumbers());

export const appealSchema = z.strictObject({
  decisionId: z.uuid("Unknown decision."),
  text: appealText,
});

export const tokenAppealSchema = z.strictObject({
  token: z.string().min(10).max(500),
  text: appealText,
});
