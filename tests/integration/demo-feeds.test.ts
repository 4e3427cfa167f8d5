// docs/demo.md: "Priya's and Diego's feeds look visibly different", on the real demo seed.
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { FeedEntry } from "@/lib/feed/entries";
import { getFeed } from "@/lib/feed/queries";
import { FEED_PAGE_SIZE } from "@/lib/feed/snapshot";

const title = (e: FeedEntry) => (e.type === "content" ? e.content.title : e.thread.title);

async function feedOf(email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return (await getFeed(user!)).entries;
}

beforeAll(async () => {
  const { seedDatabase } = await import("@/db/seed");
  await seedDatabase(db);
});

describe("the demo feeds", () => {
  it("Priya (EB-1A and NIW, building evidence, AI) and Diego (O-1A, assessing, founder) differ", async () => {
    const priya = await feedOf("priya@example.com");
    const diego = await feedOf("diego@example.com");
    const top = (entries: FeedEntry[]) => entries.slice(0, 6).map(title);
    expect(top(priya).filter((t) => top(diego).includes(t)).length).toBeLessThanOrEqual(2);
    expect(priya[0]!.reasons[0]).toMatchObject({ code: "weak_criterion", pathway: "eb1a" });
    expect(diego[0]!.reasons.map((r) => r.code)).toContain("pathway");
    expect(
      diego.slice(0, 6).some((e) => e.reasons.some((r) => "pathway" in r && r.pathway === "o1a")),
    ).toBe(true);
  });

  it("every demo applicant gets a full first page with reasons", async () => {
    for (const email of [
      "priya@example.com",
      "wei@example.com",
      "diego@example.com",
      "amara@example.com",
    ]) {
      const entries = await feedOf(email);
      expect(entries).toHaveLength(FEED_PAGE_SIZE);
      for (const e of entries) expect(e.reasons.length).toBeGreaterThan(0);
    }
  });
});
