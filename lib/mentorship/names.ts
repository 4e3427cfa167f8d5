// A member's display name as notifications and emails about a mentorship show it. No
// "server-only" import: the background sweep reaches it through the request moves.
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { users } from "@/db/schema";

/** The member's display name; "A member" once their account is gone. */
export async function displayName(tx: Tx, userId: string): Promise<string> {
  const [row] = await tx
    .select({ name: users.displayName })
    .from(users)
    .where(eq(users.id, userId));
  return row?.name ?? "A member";
}
