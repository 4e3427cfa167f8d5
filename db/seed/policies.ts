// Seeded people accepted the policies when they "signed up": their history row to match the users row.
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { policyAcceptances, users } from "@/db/schema";

/** A generated member who joined before the terms were published: asked to accept on first visit. */
export const MEMBER_BEFORE_POLICIES = 199;

export async function recordSeededAcceptances(db: Db | Tx): Promise<void> {
  await db.execute(
    sql`insert into ${policyAcceptances} (user_id, version, accepted_at) select ${users.id}, ${users.policyVersion}, ${users.policyAcceptedAt} from ${users} where ${users.policyVersion} is not null on conflict do nothing`,
  );
}
