import { db } from "@/db/client";
import { users } from "@/db/schema";
import { ForbiddenError } from "@/lib/errors";
import { listUsersForStaff, USERS_PAGE_SIZE } from "@/lib/moderation/queries";
import { buildUser } from "@/tests/factories";
import { insertUser } from "./helpers";

describe("the staff member list", () => {
  it("pages through members created in the same instant without skipping or repeating", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const sameInstant = new Date("2026-03-01T10:00:00.123Z");
    const batch = Array.from({ length: USERS_PAGE_SIZE + 7 }, () => ({
      ...buildUser({ displayName: "Batch Member" }),
      createdAt: sameInstant,
    }));
    await db.insert(users).values(batch);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listUsersForStaff(moderator, { query: "Batch Member", cursor });
      seen.push(...page.rows.map((r) => r.email));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(batch.length);
    expect(new Set(seen).size).toBe(batch.length);
  });

  it("is for staff only", async () => {
    const member = await insertUser();
    await expect(listUsersForStaff(member, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("treats a forged cursor as the first page", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const first = await listUsersForStaff(moderator, {});
    const forged = await listUsersForStaff(moderator, { cursor: "not-a-cursor" });
    expect(forged.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });
});
