// Seeded people accepted the policies when they "signed up": their history row to match the users row.
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { policyAcceptances, users } from "@/db/schema";

export async function recordSeededAcceptances(db: Db | Tx): Promise<void> {
  await db.execute(
    sql`insert into ${policyAcceptances} (user_id, version, accepted_at) select ${users.id}, ${users.policyVersion}, ${users.policyAcceptedAt} from ${users} where ${users.policyVersion} is not null on conflict do nothing`,
  );
}
