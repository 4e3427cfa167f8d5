import { z } from "zod";

export const suspensionDurations = {
  "1d": { label: "1 day", ms: 86_400_000 },
  "7d": { label: "7 days", ms: 7 * 86_400_000 },
  "30d": { label: "30 days", ms: 30 * 86_400_000 },
  indefinite: { label: "Until restored", ms: null },
} as const;

const reason = z
  .string({ error: "Give a reason." })
  .trim()
  .min(3, "Give a reason of at least 3 characters: the member and the audit log will see it.")
  .max(500, "Keep the reason under 500 characters.");

export const suspendSchema = z.strictObject({
  userId: z.uuid("Unknown member."),
  duration: z.enum(Object.keys(suspensionDurations) as [keyof typeof suspensionDurations], {
    error: "Choose how long the suspension lasts.",
  }),
  reason,
});

export const restoreSchema = z.strictObject({ userId: z.uuid("Unknown member."), reason });
