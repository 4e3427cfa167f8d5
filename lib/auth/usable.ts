// Whether an account may be used right now: one rule, in its JS and SQL forms side by side.
// Usable: active, or suspended with a suspension that has run out. Banned, deleting (until erasure,
// unless the member cancels: lib/privacy) and suspended without an end or until a later time are not.
import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { users, type User } from "@/db/schema";

export type AccountBlock = "suspended" | "banned" | "deleting";

/** Why an account may not be used right now, or null if it may. */
export function accountBlock(
  user: Pick<User, "status" | "suspendedUntil"> & Partial<Pick<User, "deletionDueAt">>,
  now = new Date(),
): { reason: AccountBlock; until?: Date | null } | null {
  if (user.status === "banned") return { reason: "banned" };
  if (user.status === "deleting") return { reason: "deleting", until: user.deletionDueAt ?? null };
  if (user.status === "suspended" && (!user.suspendedUntil || user.suspendedUntil > now)) {
    return { reason: "suspended", until: user.suspendedUntil };
  }
  return null;
}

/** The account may be used now (the JS form of `accountUsableSql`). */
export function isAccountUsable(
  user: Pick<User, "status" | "suspendedUntil">,
  now = new Date(),
): boolean {
  return accountBlock(user, now) === null;
}

/** The account in `table` (users, or an alias of it) may be used now (the SQL form of `accountBlock`). */
export function accountUsableSql(table: typeof users = users): SQL {
  return sql`(${table.status} = 'active' or (${table.status} = 'suspended' and ${table.suspendedUntil} is not null and ${table.suspendedUntil} <= now()))`;
}
