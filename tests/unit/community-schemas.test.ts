import { categoryList, publicCategorySlugs } from "@/lib/community/vocabulary";
import { decodeCommunityCursor, encodeCommunityCursor } from "@/lib/community/cursor";
import {
  acceptAnswerSchema,
  createThreadSchema,
  editPostSchema,
  listThreadsSchema,
  replySchema,
} from "@/lib/community/schemas";
import { bodyFingerprint, slugify } from "@/lib/community/text";
import { formatWait } from "@/lib/errors";

const thread = {
  category: "evidence-criteria",
  kind: "question",
  title: "How do I document judging for EB-1A?",
  body: "I reviewed 40 papers for two journals. Is that enough for the judging criterion?",
  idempotencyKey: "abcdefgh1234",
};

describe("community input schemas", () => {
  it("parses a thread form: checkboxes, one or many tags, duplicates dropped", () => {
    const parsed = createThreadSchema.parse({
      ...thread,
      pathways: "eb1a",
      criteria: ["judging", "judging", "press"],
      anonymous: "on",
    });
    expect(parsed).toMatchObject({
      pathways: ["eb1a"],
      criteria: ["judging", "press"],
      anonymous: true,
    });
    expect(createThreadSchema.parse(thread)).toMatchObject({
      pathways: [],
      criteria: [],
      anonymous: false,
    });
  });

  it("refuses unknown tags, categories, short titles and extra fields", () => {
    expect(createThreadSchema.safeParse({ ...thread, pathways: ["eb5"] }).success).toBe(false);
    expect(createThreadSchema.safeParse({ ...thread, criteria: ["vibes"] }).success).toBe(false);
    expect(createThreadSchema.safeParse({ ...thread, category: "general" }).success).toBe(false);
    expect(createThreadSchema.safeParse({ ...thread, title: "Help" }).success).toBe(false);
    expect(createThreadSchema.safeParse({ ...thread, body: "   " }).success).toBe(false);
    expect(createThreadSchema.safeParse({ ...thread, authorId: crypto.randomUUID() }).success).toBe(
      false,
    );
    expect(createThreadSchema.safeParse({ ...thread, idempotencyKey: "x" }).success).toBe(false);
  });

  it("replies, edits and accepts need real ids", () => {
    expect(
      replySchema.safeParse({ threadId: "1", body: "Hi there", idempotencyKey: "abcdefgh" })
        .success,
    ).toBe(false);
    const edit = editPostSchema.parse({
      postId: crypto.randomUUID(),
      version: "3",
      body: "New text",
      title: "",
    });
    expect(edit.version).toBe(3);
    expect(edit.title).toBeUndefined();
    expect(
      acceptAnswerSchema.parse({ threadId: crypto.randomUUID(), postId: "" }).postId,
    ).toBeNull();
  });

  it("list parameters fall back to defaults instead of failing", () => {
    expect(
      listThreadsSchema.parse({ sort: "bogus", category: "nope", limit: "500" }),
    ).toMatchObject({
      sort: "latest",
      category: undefined,
      limit: 20,
    });
    expect(listThreadsSchema.parse({ sort: "top", pathway: "eb2_niw" })).toMatchObject({
      sort: "top",
      pathway: "eb2_niw",
    });
  });

  it("categories: public ones readable signed out, off-topic for members", () => {
    expect(categoryList.map((c) => c.slug)).toContain("pathways-eligibility");
    expect(publicCategorySlugs).not.toContain("off-topic");
  });
});

describe("community text helpers", () => {
  it("slugs", () => {
    expect(slugify("How do I prove 'judging'? (EB-1A)")).toBe("how-do-i-prove-judging-eb-1a");
    expect(slugify("Ça marche — très bien")).toBe("ca-marche-tres-bien");
    expect(slugify("???")).toBe("thread");
    expect(slugify("a ".repeat(100)).length).toBeLessThanOrEqual(80);
  });

  it("the duplicate fingerprint ignores case and spacing", () => {
    expect(bodyFingerprint("Hello   World\n")).toBe(bodyFingerprint("hello world"));
    expect(bodyFingerprint("Hello World!")).not.toBe(bodyFingerprint("hello world"));
  });

  it("wait times read naturally", () => {
    expect(formatWait(1)).toBe("1 second");
    expect(formatWait(4.2)).toBe("5 seconds");
    expect(formatWait(61)).toBe("2 minutes");
    expect(formatWait(5 * 3600)).toBe("5 hours");
  });

  it("cursors round-trip and never page another list", () => {
    const id = crypto.randomUUID();
    const c = encodeCommunityCursor({ s: "top", v: "12", id });
    expect(decodeCommunityCursor(c, "top")).toEqual({ s: "top", v: "12", id });
    expect(decodeCommunityCursor(c, "latest")).toBeUndefined();
    expect(decodeCommunityCursor("not a cursor", "top")).toBeUndefined();
    const forged = Buffer.from(JSON.stringify({ s: "latest", v: "1; drop table", id })).toString(
      "base64url",
    );
    expect(decodeCommunityCursor(forged, "latest")).toBeUndefined();
  });

  it("a search cursor carries a rank as PostgreSQL prints a real, and nothing else", () => {
    const id = crypto.randomUUID();
    const search = (v: string) =>
      decodeCommunityCursor(encodeCommunityCursor({ s: "search", v, id }), "search");
    for (const v of ["0.06079271", "1e-07", "1.2345678e-05", "3.5", "0"]) {
      expect(search(v)).toEqual({ s: "search", v, id });
    }
    for (const v of ["NaN", "Infinity", "-0.5", "1e-07; select 1", "0.1e", ".5", ""]) {
      expect(search(v)).toBeUndefined();
    }
  });
});
