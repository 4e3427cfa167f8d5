// Zod schemas for the verification forms, shared by the forms, the actions and the domain functions.
import { z } from "zod";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";
import { EVIDENCE_MAX_BYTES, formatFileSize } from "./files";

export const NOTE_MAX = 1000;
export const REASON_MIN = 10;
export const REASON_MAX = 1000;

const caseRecordId = z.uuid("We could not find this case record among yours.");

const note = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
  z
    .string({ error: "Write the note as text." })
    .trim()
    .max(NOTE_MAX, `Keep the note under ${NOTE_MAX} characters.`)
    .check(noSensitiveNumbers())
    .optional(),
);

/** A file from FormData; the bytes' type is checked later, on the server (files.ts). */
const file = z.preprocess(
  // A form with no file picked still sends an empty, nameless file.
  (v) => (v instanceof File && v.size === 0 && v.name === "" ? undefined : v),
  z
    .instanceof(File, { error: "Choose the file of your redacted approval notice." })
    .refine((f) => f.size > 0, "This file is empty. Choose the scan or photo of your notice.")
    .refine(
      (f) => f.size <= EVIDENCE_MAX_BYTES,
      `This file is larger than ${formatFileSize(EVIDENCE_MAX_BYTES)}. Scan at a lower resolution or send one page.`,
    ),
);

export const evidenceUploadSchema = z.strictObject({ caseRecordId, note, file });
export type EvidenceUpload = z.output<typeof evidenceUploadSchema>;

export const deleteEvidenceSchema = z.strictObject({ fileId: z.uuid("Unknown file.") });

export const decisionSchema = z
  .strictObject({
    caseRecordId: z.uuid("Unknown case record."),
    decision: z.enum(["verify", "reject"], { error: "Choose verify or reject." }),
    reason: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z
        .string({ error: "Write the reason as text." })
        .trim()
        .max(REASON_MAX, `Keep the reason under ${REASON_MAX} characters.`)
        .check(noSensitiveNumbers())
        .optional(),
    ),
  })
  .superRefine((d, ctx) => {
    if (d.decision !== "reject") return;
    if (!d.reason || d.reason.length < REASON_MIN) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: `Tell the mentor why, in at least ${REASON_MIN} characters: they will read it.`,
      });
    }
  });
export type DecisionInput = z.input<typeof decisionSchema>;
