// Administration's search parameters, parsed at the boundary: the audit log's filters and cursor,
// and the dashboard's period. A bad value is dropped with a message, never a 500.
import { z } from "zod";
import { decodeJsonCursor, encodeJsonCursor, pgTimestamp } from "@/lib/cursor";

export const dashboardPeriods = [30, 90] as const;
export type DashboardDays = (typeof dashboardPeriods)[number];

export const dashboardDaysSchema = z.union([z.literal(30), z.literal(90)], {
  error: "Choose 30 or 90 days.",
});

/** The period from `?days=`: 90 only when it says exactly that, otherwise 30. */
export function parseDashboardDays(value: unknown): DashboardDays {
  const parsed = z.enum(["30", "90"]).safeParse(value);
  return parsed.success && parsed.data === "90" ? 90 : 30;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const optionalText = <S extends z.ZodType<string>>(schema: S) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    schema.optional(),
  );

const day = optionalText(
  z
    .string()
    .trim()
    .regex(DATE, "Use a date like 2026-03-01.")
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && isRealDate(s), {
      message: "That date does not exist.",
    }),
);

function isRealDate(s: string): boolean {
  return new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
}

export const auditFilterFields = {
  action: optionalText(
    z
      .string()
      .trim()
      .max(64, "Choose an action from the list.")
      .regex(/^[a-z0-9_.:-]+$/i, "Choose an action from the list."),
  ),
  actor: optionalText(
    z
      .string()
      .trim()
      .max(254, "Enter a handle or an email address.")
      .transform((s) => s.replace(/^@/, "")),
  ),
  targetType: optionalText(
    z
      .string()
      .trim()
      .max(40, "Choose a target type from the list.")
      .regex(/^[a-z0-9_]+$/, "Choose a target type from the list."),
  ),
  targetId: optionalText(z.string().trim().max(100, "A target id is at most 100 characters.")),
  from: day,
  to: day,
};

export type AuditFilterKey = keyof typeof auditFilterFields;
export type AuditFilters = Partial<Record<AuditFilterKey, string>>;
export const auditFilterKeys = Object.keys(auditFilterFields) as AuditFilterKey[];

export interface ParsedAuditSearch {
  filters: AuditFilters;
  /** A message per field whose value was dropped. */
  errors: Partial<Record<AuditFilterKey, string>>;
  cursor?: string;
}

/** Search parameters as Next gives them: a repeated parameter counts by its first value. */
export function parseAuditSearch(
  params: Record<string, string | string[] | undefined>,
): ParsedAuditSearch {
  const filters: AuditFilters = {};
  const errors: ParsedAuditSearch["errors"] = {};
  for (const key of auditFilterKeys) {
    const raw = params[key];
    const parsed = auditFilterFields[key].safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (!parsed.success) errors[key] = parsed.error.issues[0]?.message ?? "Check this value.";
    else if (parsed.data) filters[key] = parsed.data;
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    errors.to = "The end date is before the start date.";
    delete filters.to;
  }
  const after = params.after;
  return { filters, errors, cursor: typeof after === "string" ? after : undefined };
}

/** The audit log's keyset: a timestamptz as Postgres prints it (microseconds kept) and the id. */
const auditCursorSchema = z.strictObject({
  t: pgTimestamp,
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
});
export type AuditCursor = z.infer<typeof auditCursorSchema>;

export function encodeAuditCursor(cursor: AuditCursor): string {
  return encodeJsonCursor(cursor);
}

/** The cursor, or undefined for anything missing, damaged or forged (the list starts over). */
export function decodeAuditCursor(value: string | undefined): AuditCursor | undefined {
  return decodeJsonCursor(value, auditCursorSchema, 200);
}
