// Staff reads of members, keyset-paginated by newest first.
import { and, desc, ilike, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { decodeCursor, encodeCursor } from "@/lib/cursor";
import { users, type User } from "@/db/schema";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { ForbiddenError } from "@/lib/errors";

export const USERS_PAGE_SIZE = 25;

export type StaffUserRow = Pick<
  User,
  | "id"
  | "email"
  | "handle"
  | "displayName"
  | "role"
  | "status"
  | "suspendedUntil"
  | "createdAt"
  | "lastActiveAt"
  | "emailVerifiedAt"
>;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listUsersForStaff(
  actor: Pick<User, "role">,
  options: { query?: string; cursor?: string },
): Promise<{ rows: StaffUserRow[]; next?: string }> {
  if (!hasRoleAtLeast(actor, "moderator")) throw new ForbiddenError();
  const conditions: SQL[] = [];
  const q = options.query?.trim();
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(
      or(
        ilike(users.email, pattern),
        ilike(users.displayName, pattern),
        ilike(users.handle, pattern),
      )!,
    );
  }
  const after = decodeCursor(options.cursor);
  if (after?.k === "time") {
    conditions.push(
      sql`(${users.createdAt} < ${after.t}::timestamptz or (${users.createdAt} = ${after.t}::timestamptz and ${users.id} < ${after.id}))`,
    );
  }
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      handle: users.handle,
      displayName: users.displayName,
      role: users.role,
      status: users.status,
      suspendedUntil: users.suspendedUntil,
      createdAt: users.createdAt,
      lastActiveAt: users.lastActiveAt,
      emailVerifiedAt: users.emailVerifiedAt,
      // As text, so the cursor keeps PostgreSQL's microseconds.
      createdAtText: sql<string>`${users.createdAt}::text`,
    })
    .from(users)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(USERS_PAGE_SIZE + 1);
  const page = rows.slice(0, USERS_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page,
    next:
      rows.length > USERS_PAGE_SIZE && last
        ? encodeCursor({ k: "time", t: last.createdAtText, id: last.id })
        : undefined,
  };
}
