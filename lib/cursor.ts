// Opaque keyset cursors: base64url JSON, validated on the way back in. Every list's cursor is
// read by decodeJsonCursor, and every timestamp in one by pgTimestamp: a forged or damaged cursor
// starts the list over, never reaches the database as an impossible value (a 500).
import { z } from "zod";

const PG_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(?:([+-])(\d{2})(?::?(\d{2}))?|Z)$/;

/** Whether the text names a real moment: month 1–12, a day the month has, a time of day, a zone. */
function isRealTimestamp(text: string): boolean {
  const m = PG_TIMESTAMP.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    year! >= 1 &&
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= daysInMonth &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    Number(m[9] ?? 0) <= 15 &&
    Number(m[10] ?? 0) <= 59
  );
}

/** A timestamptz as Postgres prints it (kept as text so microseconds survive the round trip). */
export const pgTimestamp = z.string().max(40).refine(isRealTimestamp);

/** A cursor's value, or undefined for anything missing, damaged, forged or too long. */
export function decodeJsonCursor<S extends z.ZodType>(
  value: string | undefined | null,
  schema: S,
  maxLength = 400,
): z.output<S> | undefined {
  if (!value || value.length > maxLength || !/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The cursor as it travels: base64url JSON. */
export function encodeJsonCursor(cursor: unknown): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

const RANK = /^\d{1,3}(\.\d{1,6})?$/;

const cursorSchema = z.discriminatedUnion("k", [
  z.strictObject({
    k: z.literal("time"),
    t: pgTimestamp,
    id: z.uuid(),
  }),
  z.strictObject({ k: z.literal("rank"), r: z.string().regex(RANK), id: z.uuid() }),
]);

export type Cursor = z.infer<typeof cursorSchema>;
export type TimeCursor = Extract<Cursor, { k: "time" }>;
export type RankCursor = Extract<Cursor, { k: "rank" }>;

export function encodeCursor(cursor: Cursor): string {
  return encodeJsonCursor(cursor);
}

/** The cursor, or undefined for anything missing, damaged or forged (the list starts over). */
export function decodeCursor(value: string | undefined | null): Cursor | undefined {
  return decodeJsonCursor(value, cursorSchema);
}

/**
 * One keyset page from the `limit + 1` rows a list read: the first `limit`, and the cursor after
 * the last of them when the extra row shows there are more.
 */
export function keysetPage<R>(
  rows: R[],
  limit: number,
  cursorAfter: (last: R) => string,
): { page: R[]; nextCursor: string | null } {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return { page, nextCursor: rows.length > limit && last ? cursorAfter(last) : null };
}
