// `db` shares the process's one client but queries through drizzle built by its own module copy:
// Next bundles drizzle-orm and the schema once per layer, and another copy's wrapper would make
// drizzle's instanceof checks fail over to a slow walk on every value (db/client.ts).
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, getDatabase, setDatabase, type Db } from "@/db/client";
import { users } from "@/db/schema";

describe("db", () => {
  it("queries the shared client through this module's drizzle, never the opener's wrapper", async () => {
    const handle = getDatabase();
    const openersWrapper = new Proxy({} as Db, {
      get() {
        throw new Error("used the wrapper of the module copy that opened the client");
      },
    });
    setDatabase({ ...handle, db: openersWrapper });
    try {
      const count = sql<number>`count(*)::int`;
      const [outside] = await db
        .select({ n: count, first: sql<string | null>`min(${users.email})` })
        .from(users);
      expect(typeof outside!.n).toBe("number");
      const inside = await db.transaction(async (tx) => tx.select({ n: count }).from(users));
      expect(inside).toEqual([{ n: outside!.n }]);
    } finally {
      setDatabase(handle);
    }
  });
});
