// Role order: admin includes moderator includes member.
import type { User, UserRole } from "@/db/schema";

const roleRank: Record<UserRole, number> = { member: 0, moderator: 1, admin: 2 };

export function hasRoleAtLeast(user: Pick<User, "role">, role: UserRole): boolean {
  return roleRank[user.role] >= roleRank[role];
}
