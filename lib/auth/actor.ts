// Who acts or reads: the signed-in member as domain functions take it (getCurrentUser,
// lib/auth/session.ts, gives a full User, which fits). The role decides staff views and powers;
// ownership is checked against the id. A signed-out reader is `null` where a function allows one.
import type { User } from "@/db/schema";

export type Actor = Pick<User, "id" | "role">;
