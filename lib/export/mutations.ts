// A member asks for an export of their data: one in progress at a time (the member's row lock orders two
// tabs; a partial unique index backs it), a few a day; the build itself is background work (lib/export/jobs.ts).
import "server-only";
import { and, eq, inArray, ne } from "drizzle-orm";
import { db } from "@/db/client";
import { dataExports, users, type User } from "@/db/schema";
import { ConflictError, UnauthorizedError } from "@/lib/errors";
import { enforceDailyCap, type DailyCap } from "@/lib/rate-limit";

export const exportDailyCap: DailyCap = {
  name: "export:day",
  what: "data exports",
  newAccount: 3,
  regular: 3,
};

export const EXPORT_IN_PROGRESS =
  "Your export is already being prepared. We will tell you when it is ready.";

/** Records the member's request; the sweep or an after-response build picks it up. */
export async function requestExport(
  actor: Pick<User, "id">,
  now = new Date(),
): Promise<{ exportId: string }> {
  return db.transaction(async (tx) => {
    // The member's row, locked: two tabs asking at once are counted one after the other.
    const [member] = await tx
      .select({ id: users.id, createdAt: users.createdAt })
      .from(users)
      .where(eq(users.id, actor.id))
      .for("no key update");
    if (!member) throw new UnauthorizedError();
    // After the lock this sees any request a second tab just made; the unique index backs it.
    const [open] = await tx
      .select({ id: dataExports.id })
      .from(dataExports)
      .where(
        and(
          eq(dataExports.userId, member.id),
          inArray(dataExports.state, ["requested", "building"]),
        ),
      );
    if (open) throw new ConflictError(EXPORT_IN_PROGRESS);
    // A build that failed on our side costs the member nothing.
    const mine = and(eq(dataExports.userId, member.id), ne(dataExports.state, "failed"));
    await enforceDailyCap(tx, exportDailyCap, member.createdAt, dataExports.requestedAt, mine, now);
    const [row] = await tx
      .insert(dataExports)
      .values({ userId: member.id, requestedAt: now })
      .returning({ id: dataExports.id });
    return { exportId: row!.id };
  });
}
