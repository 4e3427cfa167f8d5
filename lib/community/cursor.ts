// Keyset cursors for the community lists (opaque base64url JSON, validated on the way back in).
// lib/cursor.ts's rank cursor caps ranks at 999 and has no integer key, so the community keeps its
// own, naming the list it belongs to: a cursor from one sort never pages another.
import { z } from "zod";

const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/;
// A search rank: a real as PostgreSQL prints it ("0.06079271", "1e-07", "3.5").
const RANK = /^\d{1,6}(\.\d{1,9})?(e[+-]\d{2})?$/;
const INTEGER = /^-?\d{1,9}$/;

const cursorSchema = z.discriminatedUnion("s", [
  z.strictObject({
    s: z.enum(["latest", "newest", "unanswered", "replies"]),
    v: z.string().regex(PG_TIMESTAMP),
    id: z.uuid(),
  }),
  z.strictObject({ s: z.literal("top"), v: z.string().regex(INTEGER), id: z.uuid() }),
  z.strictObject({ s: z.literal("search"), v: z.string().regex(RANK), id: z.uuid() }),
]);

export type CommunityCursor = z.infer<typeof cursorSchema>;
export type CursorList = CommunityCursor["s"];

export function encodeCommunityCursor(cursor: CommunityCursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

/** The cursor if it is well formed and belongs to `list`; otherwise undefined (start over). */
export function decodeCommunityCursor(
  value: string | undefined | null,
  list: CursorList,
): CommunityCursor | undefined {
  if (!value || value.length > 400 || !/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(value, "base64url").toString("utf8")),
    );
    return parsed.success && parsed.data.s === list ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
