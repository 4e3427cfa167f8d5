// Opaque keyset cursors: base64url JSON, validated on the way back in.
import { z } from "zod";

/** A timestamptz as Postgres prints it (kept as text so microseconds survive the round trip). */
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
const RANK = /^\d{1,3}(\.\d{1,6})?$/;

const cursorSchema = z.discriminatedUnion("k", [
  z.strictObject({
    k: z.literal("time"),
    t: z.string().regex(PG_TIMESTAMP),
    id: z.uuid(),
  }),
  z.strictObject({ k: z.literal("rank"), r: z.string().regex(RANK), id: z.uuid() }),
]);

export type Cursor = z.infer<typeof cursorSchema>;
export type TimeCursor = Extract<Cursor, { k: "time" }>;
export type RankCursor = Extract<Cursor, { k: "rank" }>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** The cursor, or undefined for anything missing, damaged or forged (the list starts over). */
export function decodeCursor(value: string | undefined | null): Cursor | undefined {
  if (!value || value.length > 400 || !/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(value, "base64url").toString("utf8")),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
