// Staff reads of members, keyset-paginated by newest first.
import { and, desc, ilike, lt, or, eq, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
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

export interface UserCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(row: UserCursor): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

export function decodeCursor(value: string | undefined): UserCursor | undefined {
  if (!value) return undefined;
  const [iso, id] = Buffer.from(value, "base64url").toString("utf8").split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  return { createdAt, id };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function listUsersForStaff(
  actor: Pick<User, "role">,
  options: { query?: string; after?: UserCursor },
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
  if (options.after) {
    const { createdAt, id } = options.after;
    conditions.push(
      or(lt(users.createdAt, createdAt), and(eq(users.createdAt, createdAt), lt(users.id, id)))!,
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
    })
    .from(users)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(USERS_PAGE_SIZE + 1);
  const page = rows.slice(0, USERS_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page,
    next: rows.length > USERS_PAGE_SIZE && last ? encodeCursor(last) : undefined,
  };
}
