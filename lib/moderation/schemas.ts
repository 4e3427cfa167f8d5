// Forms of member administration (suspend, ban, restore, change role, the member list's filters);
// shared by the dialogs and their actions, so no server imports.
import { z } from "zod";
import type { UserRole } from "@/db/schema";
import { noSensitiveNumbers } from "@/lib/sensitive/schema";
import { vocabulary } from "@/lib/vocabulary";

export const DAY_MS = 86_400_000;
/** The longest suspension; anything longer is a ban. */
export const MAX_SUSPENSION_DAYS = 365;

/** How long a suspension lasts: its label and length (null: until a date, or until restored). */
export const { codes: suspensionDurationCodes, entries: suspensionDurations } = vocabulary(
  {
    "1d": { label: "1 day", ms: DAY_MS },
    "7d": { label: "7 days", ms: 7 * DAY_MS },
    "30d": { label: "30 days", ms: 30 * DAY_MS },
    custom: { label: "Until a date…", ms: null },
    indefinite: { label: "Until restored", ms: null },
  },
  (d) => d.label,
);
export type SuspensionDuration = (typeof suspensionDurationCodes)[number];

export const { codes: staffRoles, labels: roleLabels } = vocabulary({
  member: "Member",
  moderator: "Moderator",
  admin: "Admin",
} satisfies Record<UserRole, string>);

/** What the member list can filter by: the status a person lives with now (an expired suspension is active). */
export const memberStatusFilters = ["active", "suspended", "banned", "unconfirmed"] as const;
export type MemberStatusFilter = (typeof memberStatusFilters)[number];
export const memberStatusLabels: Record<MemberStatusFilter, string> = {
  active: "Active",
  suspended: "Suspended",
  banned: "Banned",
  unconfirmed: "Email not confirmed",
};

const reason = z
  .string({ error: "Give a reason." })
  .trim()
  .min(3, "Give a reason of at least 3 characters: the member and the audit log will see it.")
  .max(500, "Keep the reason under 500 characters.")
  .check(noSensitiveNumbers());

const userId = z.uuid("Unknown member.");

/** YYYY-MM-DD of `date` in UTC. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first and last day a custom suspension may end on, as YYYY-MM-DD (UTC). */
export function customUntilBounds(now = new Date()): { min: string; max: string } {
  return {
    min: utcDay(new Date(now.getTime() + DAY_MS)),
    max: utcDay(new Date(now.getTime() + MAX_SUSPENSION_DAYS * DAY_MS)),
  };
}

/** A custom suspension ends at the start of the chosen day, UTC. */
export function customUntilDate(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

export const suspendSchema = z
  .strictObject({
    userId,
    duration: z.enum(suspensionDurationCodes, { error: "Choose how long the suspension lasts." }),
    until: z
      .string({ error: "Choose the day the suspension ends." })
      .trim()
      .optional()
      .transform((v) => v || undefined),
    reason,
  })
  .superRefine((data, ctx) => {
    if (data.duration !== "custom") return;
    const { min, max } = customUntilBounds();
    const message = (m: string) => ctx.addIssue({ code: "custom", path: ["until"], message: m });
    if (!data.until) return message("Choose the day the suspension ends.");
    if (
      !/^\d{4}-\d{2}-\d{2}$/.test(data.until) ||
      Number.isNaN(customUntilDate(data.until).getTime())
    )
      return message("Enter a date as YYYY-MM-DD.");
    if (data.until < min) return message("Choose a day after today.");
    if (data.until > max)
      return message(
        `A suspension lasts at most ${MAX_SUSPENSION_DAYS} days; ban the account instead.`,
      );
  });

export const restoreSchema = z.strictObject({ userId, reason });

export const banSchema = z.strictObject({ userId, reason });

export const changeRoleSchema = z.strictObject({
  userId,
  role: z.enum(staffRoles, { error: "Choose a role." }),
  reason,
});

/** The member list's query string; anything unknown is ignored rather than refused. */
export const memberListSearchSchema = z.object({
  q: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => v?.trim().slice(0, 100) || undefined),
  role: z.enum(staffRoles).optional().catch(undefined),
  status: z.enum(memberStatusFilters).optional().catch(undefined),
  after: z.string().max(500).optional().catch(undefined),
});
