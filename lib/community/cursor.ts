// Keyset cursors for the community lists (opaque base64url JSON, validated on the way back in).
// lib/cursor.ts's rank cursor caps ranks at 999 and has no integer key, so the community keeps its
// own, naming the list it belongs to: a cursor from one sort never pages another.
import { z } from "zod";
import { decodeJsonCursor, encodeJsonCursor, pgTimestamp } from "@/lib/cursor";

// A search rank: a real as PostgreSQL prints it ("0.06079271", "1e-07", "3.5").
const RANK = /^\d{1,6}(\.\d{1,9})?(e[+-]\d{2})?$/;
const INTEGER = /^-?\d{1,9}$/;

const cursorSchema = z.discriminatedUnion("s", [
  z.strictObject({
    s: z.enum(["latest", "newest", "unanswered", "replies"]),
    v: pgTimestamp,
    id: z.uuid(),
  }),
  z.strictObject({ s: z.literal("top"), v: z.string().regex(INTEGER), id: z.uuid() }),
  z.strictObject({ s: z.literal("search"), v: z.string().regex(RANK), id: z.uuid() }),
]);

export type CommunityCursor = z.infer<typeof cursorSchema>;
export type CursorList = CommunityCursor["s"];

export function encodeCommunityCursor(cursor: CommunityCursor): string {
  return encodeJsonCursor(cursor);
}

/** The cursor if it is well formed and belongs to `list`; otherwise undefined (start over). */
export function decodeCommunityCursor(
  value: string | undefined | null,
  list: CursorList,
): CommunityCursor | undefined {
  const cursor = decodeJsonCursor(value, cursorSchema);
  return cursor?.s === list ? cursor : undefined;
}
