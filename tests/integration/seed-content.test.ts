// The seeded library: valid tags, honest dates, stable ids, and enough items for Priya's and
// Diego's feeds to differ. Seeds its own in-memory database (one per test file).
import { asc, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import { contentItems, contentRevisions, users, type ContentItem } from "@/db/schema";
import { fieldCodes } from "@/lib/domain/case-facts";
import { chargeabilityAreas } from "@/lib/domain/countries";
import { criterionCodes, isCriterionOf } from "@/lib/domain/criteria";
import { pathwayCodes } from "@/lib/domain/pathways";
import { stageCodes } from "@/lib/domain/stages";
import { mentorContentKinds, SUMMARY_MAX, TAGS_MAX, TITLE_MAX } from "@/lib/content/vocabulary";

/** Each `npm run db:seed` is a new process: load the seed afresh. */
async function seedAsNewProcess() {
  vi.resetModules();
  const { seedDatabase } = await import("@/db/seed");
  return seedDatabase(db);
}

const all = () => db.select().from(contentItems).orderBy(asc(contentItems.id));

let items: ContentItem[] = [];
let seededAt: Date;
const emailOf = new Map<string, string>();

beforeAll(async () => {
  await seedAsNewProcess();
  seededAt = new Date();
  items = await all();
  for (const u of await db.select({ id: users.id, email: users.email }).from(users))
    emailOf.set(u.id, u.email);
});

const published = () => items.filter((c) => c.status === "published");

describe("seeded content", () => {
  it("seeds the written items and the generated ones", async () => {
    const { demoContent } = await import("@/db/seed/content-items");
    expect(items.length).toBeGreaterThanOrEqual(demoContent.length + 20);
    const { seedContentId } = await import("@/db/seed/content");
    const ids = new Set(items.map((c) => c.id));
    for (const c of demoContent) expect(ids.has(seedContentId(c.title)), c.title).toBe(true);
    expect(new Set(items.map((c) => c.slug)).size).toBe(items.length);
  });

  it("tags every item with valid codes only", () => {
    for (const c of items) {
      for (const p of c.pathways) expect(pathwayCodes, c.title).toContain(p);
      for (const s of c.stages) expect(stageCodes, c.title).toContain(s);
      for (const f of c.fields) expect(fieldCodes, c.title).toContain(f);
      for (const a of c.chargeability) expect(chargeabilityAreas, c.title).toContain(a);
      expect(c.criteria.length, c.title).toBeLessThanOrEqual(TAGS_MAX);
      for (const k of c.criteria) {
        expect(criterionCodes, c.title).toContain(k);
        // A criterion belongs to at least one of the item's pathways.
        expect(
          c.pathways.some((p) => isCriterionOf(p, k)),
          `${c.title}: ${k}`,
        ).toBe(true);
      }
      expect(c.title.length).toBeLessThanOrEqual(TITLE_MAX);
      expect(c.summary.length, c.title).toBeLessThanOrEqual(SUMMARY_MAX);
    }
  });

  it("gives written items a real Markdown body", async () => {
    const { demoContent } = await import("@/db/seed/content-items");
    for (const c of demoContent) {
      const words = c.body.split(/\s+/).filter(Boolean).length;
      expect(words, c.title).toBeGreaterThanOrEqual(120);
      expect(words, c.title).toBeLessThanOrEqual(400);
      expect(c.body, c.title).toMatch(/^#|\n##? |\n- |\n1\. /);
      expect(c.body, c.title).not.toMatch(/lorem|ipsum|\$\{/i);
    }
  });

  it("dates published items in the past and leaves drafts unpublished", () => {
    for (const c of published()) {
      expect(c.publishedAt, c.title).toBeInstanceOf(Date);
      expect(c.publishedAt!.getTime(), c.title).toBeLessThanOrEqual(seededAt.getTime());
      expect(c.publishedAt!.getTime(), c.title).toBeGreaterThan(
        seededAt.getTime() - 121 * 86_400_000,
      );
      if (c.revisedAt) {
        expect(c.revisedAt.getTime(), c.title).toBeGreaterThan(c.publishedAt!.getTime());
        expect(c.revisedAt.getTime(), c.title).toBeLessThanOrEqual(seededAt.getTime());
      }
      expect(c.saveCount).toBeGreaterThanOrEqual(0);
      expect(c.saveCount).toBeLessThanOrEqual(80);
    }
    const drafts = items.filter((c) => c.status === "draft");
    expect(drafts).toHaveLength(3);
    for (const d of drafts) {
      expect(d.publishedAt, d.title).toBeNull();
      expect(d.revisedAt, d.title).toBeNull();
    }
    expect(drafts.map((d) => emailOf.get(d.authorId!)).sort()).toEqual([
      "admin@example.com",
      "arjun@example.com",
      "sofia@example.com",
    ]);
  });

  it("keeps the first version of every revised item", async () => {
    const revised = items.filter((c) => c.revisedAt);
    expect(revised.length).toBeGreaterThan(0);
    const revisions = await db
      .select()
      .from(contentRevisions)
      .where(
        inArray(
          contentRevisions.contentId,
          revised.map((c) => c.id),
        ),
      );
    for (const c of revised) {
      expect(c.version, c.title).toBe(2);
      const first = revisions.find((r) => r.contentId === c.id);
      expect(first?.version, c.title).toBe(1);
      expect(c.body.startsWith(first!.body), c.title).toBe(true);
    }
  });

  it("lets only admins write official items and announcements; one official item is pinned", () => {
    for (const c of items) {
      const email = emailOf.get(c.authorId!);
      if (c.official || c.pinned || c.kind === "announcement")
        expect(email, c.title).toBe("admin@example.com");
      else expect(mentorContentKinds, c.title).toContain(c.kind);
    }
    expect(published().filter((c) => c.official && c.pinned).length).toBeGreaterThanOrEqual(1);
  });

  it("has opportunities still open and at least one already closed", () => {
    const today = seededAt.toISOString().slice(0, 10);
    const opportunities = published().filter((c) => c.kind === "opportunity");
    expect(opportunities.length).toBeGreaterThanOrEqual(4);
    for (const o of opportunities) expect(o.closesOn, o.title).not.toBeNull();
    expect(opportunities.filter((o) => o.closesOn! >= today).length).toBeGreaterThanOrEqual(3);
    expect(opportunities.filter((o) => o.closesOn! < today).length).toBeGreaterThanOrEqual(1);
    expect(items.filter((c) => c.kind !== "opportunity").every((c) => c.closesOn === null)).toBe(
      true,
    );
  });

  it("covers every pathway and every stage", () => {
    const live = published();
    for (const p of pathwayCodes)
      expect(
        live.some((c) => c.pathways.includes(p)),
        p,
      ).toBe(true);
    for (const s of stageCodes)
      expect(
        live.some((c) => c.stages.includes(s)),
        s,
      ).toBe(true);
    for (const a of ["IN", "CN"])
      expect(
        live.some((c) => c.chargeability.includes(a)),
        a,
      ).toBe(true);
  });

  it("has plenty for Priya (EB-1A gaps) and for Diego (O-1A founder), and they differ", () => {
    const priyaGaps = ["awards", "membership", "press", "leading_role", "high_salary", "judging"];
    const live = published();
    const forPriya = live.filter(
      (c) => c.pathways.includes("eb1a") && c.criteria.some((k) => priyaGaps.includes(k)),
    );
    const forDiego = live.filter(
      (c) =>
        c.pathways.includes("o1a") &&
        (c.fields.includes("business") || c.criteria.includes("leading_role")),
    );
    expect(forPriya.length).toBeGreaterThanOrEqual(5);
    expect(forDiego.length).toBeGreaterThanOrEqual(5);
    // Written for each of them specifically: Priya's field with her gaps, Diego's field.
    const aiForPriya = forPriya.filter((c) => c.fields.includes("ai_computing"));
    const notForDiego = aiForPriya.filter((c) => !forDiego.includes(c));
    expect(notForDiego.length).toBeGreaterThanOrEqual(3);
    expect(
      forDiego.filter((c) => !c.fields.includes("ai_computing")).length,
    ).toBeGreaterThanOrEqual(5);
  });

  it("never changes on a second seed: same ids, same rows, nothing added", async () => {
    await seedAsNewProcess();
    const again = await all();
    expect(again.map((c) => c.id)).toEqual(items.map((c) => c.id));
    expect(again).toEqual(items);
    const [admin] = await db.select().from(users).where(eq(users.email, "admin@example.com"));
    expect(again.filter((c) => c.authorId === admin!.id).length).toBeGreaterThan(5);
  });
});
