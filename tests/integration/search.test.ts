import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { communityThreads, contentItems, mentorProfiles } from "@/db/schema";
import { createContent, setContentPublished } from "@/lib/content/mutations";
import { MARK_START, MARK_STOP, segmentsText, type HighlightSegment } from "@/lib/search/highlight";
import {
  SEARCH_PAGE_SIZE,
  SEARCH_PREVIEW_SIZE,
  searchContent,
  searchEverything,
} from "@/lib/search/queries";
import { ask } from "./community-fixtures";
import { admin, item, member, mentor, publish } from "./content-fixtures";
import type { Actor } from "@/lib/auth/actor";

const marked = (segments: HighlightSegment[]) =>
  segments.filter((s) => s.match).map((s) => s.text.toLowerCase());

async function setStatus(id: string, status: "hidden" | "removed") {
  await db.update(contentItems).set({ status }).where(eq(contentItems.id, id));
}

async function allContentPages(viewer: Actor | null, q: string) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const page = await searchEverything(viewer, q, { type: "content", cursor });
    ids.push(...page.content!.items.map((h) => h.id));
    cursor = page.content!.nextCursor;
    if (!cursor) break;
  }
  return ids;
}

describe("searching content", () => {
  it("ranks a title match above a body-only match and marks the matched words", async () => {
    const author = await mentor();
    const inBody = await publish(author, {
      title: "Keeping records of every review you did",
      body: "Keep a folder per journal. My xylotheque of review invitations grew for three years.",
    });
    const inTitle = await publish(author, {
      title: "The Xylotheque method for judging evidence",
      body: "One folder per journal, one page per review, and the invitation emails beside them.",
    });

    const { items } = await searchContent(null, "xylotheque");
    expect(items.map((h) => h.id)).toEqual([inTitle.id, inBody.id]);
    expect(marked(items[0]!.titleSegments)).toEqual(["xylotheque"]);
    expect(segmentsText(items[0]!.titleSegments)).toBe(
      "The Xylotheque method for judging evidence",
    );
    expect(marked(items[1]!.excerpt)).toEqual(["xylotheque"]);
    expect(items[1]!.excerpt.some((s) => s.match && s.text === "xylotheque")).toBe(true);
  });

  it("never shows drafts, unpublished, hidden or removed items, to anyone, their author included", async () => {
    const author = await mentor();
    const body =
      "Everything I learned about quillwort evidence while preparing my petition letters.";
    const visible = await publish(author, { body });
    const draft = await createContent(author, item({ body, intent: "draft" }));
    const unpublished = await publish(author, { body });
    await setContentPublished(author, unpublished.id, false);
    const hidden = await publish(author, { body });
    await setStatus(hidden.id, "hidden");
    const removed = await publish(author, { body });
    await setStatus(removed.id, "removed");
    // Each one holds the word, so only its status keeps it out.
    const statuses = await db
      .select({ id: contentItems.id, status: contentItems.status })
      .from(contentItems)
      .where(sql`${contentItems.searchVector} @@ websearch_to_tsquery('english', 'quillwort')`);
    expect(new Map(statuses.map((r) => [r.id, r.status]))).toEqual(
      new Map([
        [visible.id, "published"],
        [draft.id, "draft"],
        [unpublished.id, "draft"],
        [hidden.id, "hidden"],
        [removed.id, "removed"],
      ]),
    );

    const viewers: (Actor | null)[] = [
      null,
      await member(),
      author,
      await member({ role: "moderator" }),
      await admin(),
    ];
    for (const viewer of viewers) {
      expect((await searchContent(viewer, "quillwort")).items.map((h) => h.id)).toEqual([
        visible.id,
      ]);
      const all = await searchEverything(viewer, "quillwort");
      expect(all.content!.items.map((h) => h.id)).toEqual([visible.id]);
    }
  });

  it("filters by kind and pathway", async () => {
    const author = await mentor();
    const guide = await publish(author, {
      kind: "guide",
      pathways: ["eb1a"],
      body: "An ocarina recital counted as a display of work for my case, with the programme.",
    });
    const opportunity = await publish(author, {
      kind: "opportunity",
      pathways: ["o1a"],
      closesOn: "2099-12-31",
      body: "Judges wanted for the ocarina competition: a judging record for your petition.",
    });
    const ids = async (options: Parameters<typeof searchContent>[3]) =>
      (await searchContent(null, "ocarina", null, options)).items.map((h) => h.id).sort();

    expect(await ids({})).toEqual([guide.id, opportunity.id].sort());
    expect(await ids({ kind: "opportunity" })).toEqual([opportunity.id]);
    expect(await ids({ pathway: "eb1a" })).toEqual([guide.id]);
    expect(await ids({ kind: "opportunity", pathway: "eb1a" })).toEqual([]);
  });

  it("pages through one group by (rank, id) with no duplicates or gaps, and previews 5 in 'all'", async () => {
    const authors = [await mentor(), await mentor()];
    const expected: string[] = [];
    for (let i = 0; i < 25; i++) {
      // Ten title matches rank above fifteen body matches; each set ties, so ids break the ties.
      const { id } = await publish(
        authors[i % 2]!,
        i < 10
          ? { title: `Bandoneon players and the awards criterion, note ${i}` }
          : { body: `A long note ${i} on letters, where a bandoneon player explains the awards.` },
      );
      expected.push(id);
    }
    const paged = await allContentPages(null, "bandoneon");
    expect(paged).toHaveLength(25);
    expect(new Set(paged).size).toBe(25);
    expect([...paged].sort()).toEqual([...expected].sort());
    expect(paged).toEqual(
      (await searchContent(null, "bandoneon", null, { limit: 100 })).items.map((h) => h.id),
    );
    const titled = new Set(expected.slice(0, 10));
    expect(paged.slice(0, 10).every((id) => titled.has(id))).toBe(true);

    const first = await searchEverything(null, "bandoneon", { type: "content" });
    expect(first.content!.items).toHaveLength(SEARCH_PAGE_SIZE);
    const all = await searchEverything(null, "bandoneon");
    expect(all.content!.items.map((h) => h.id)).toEqual(paged.slice(0, SEARCH_PREVIEW_SIZE));
    expect(all.content!.more).toBe(true);

    // A forged cursor starts over rather than failing.
    const forged = await searchEverything(null, "bandoneon", { type: "content", cursor: "x!" });
    expect(forged.content!.items[0]!.id).toBe(paged[0]);
  });

  it("strips marker characters from the text, so only real matches are marked", async () => {
    const author = await mentor();
    await publish(author, {
      body: `A ${MARK_START}forged${MARK_STOP} highlight sits next to the word theremin in this body.`,
    });
    const [hit] = (await searchContent(null, "theremin")).items;
    expect(marked(hit!.excerpt)).toEqual(["theremin"]);
    for (const s of [...hit!.excerpt, ...hit!.titleSegments]) {
      expect(s.text).not.toMatch(/[\u0002\u0003]/);
    }
    expect(segmentsText(hit!.excerpt)).toContain("forged highlight");
  });

  it("makes excerpts plain text: no Markdown marks, list bullets, task boxes or link targets", async () => {
    const author = await mentor();
    await publish(author, {
      body: "## Checklist\n\n- [ ] Keep the glockenspiel invitations\n1. **Ask** for [glockenspiel letters](https://example.com/x) early",
    });
    const [hit] = (await searchContent(null, "glockenspiel")).items;
    const text = segmentsText(hit!.excerpt);
    expect(text).toContain("Keep the glockenspiel invitations");
    expect(text).toContain("Ask for glockenspiel letters early");
    expect(text).not.toMatch(/##|\[ \]|\*\*|example\.com|\]\(/);
  });
});

describe("searching threads and mentors", () => {
  it("leaves out hidden and deleted threads, and members-only threads when signed out", async () => {
    const asker = await member();
    const open = await ask(asker, { title: "Marmoset photos as published material?" });
    const membersOnly = await ask(asker, {
      category: "off-topic",
      title: "Marmoset lovers meeting up in Austin",
    });
    const hidden = await ask(asker, { title: "Marmoset hidden question about the criteria" });
    const deleted = await ask(asker, { title: "Marmoset deleted question about the criteria" });
    await db
      .update(communityThreads)
      .set({ hiddenAt: new Date() })
      .where(eq(communityThreads.id, hidden.threadId));
    await db
      .update(communityThreads)
      .set({ deletedAt: new Date() })
      .where(eq(communityThreads.id, deleted.threadId));

    const threadIds = async (viewer: Actor | null) =>
      (await searchEverything(viewer, "marmoset", { type: "threads" }))
        .threads!.items.map((h) => h.threadId)
        .sort();
    expect(await threadIds(null)).toEqual([open.threadId]);
    const everyone = [open.threadId, membersOnly.threadId].sort();
    expect(await threadIds(asker)).toEqual(everyone);
    expect(await threadIds(await member({ role: "moderator" }))).toEqual(everyone);

    const all = await searchEverything(null, "marmoset");
    const hit = all.threads!.items[0]!;
    expect(hit).toMatchObject({ threadId: open.threadId, postId: open.postId, isOpening: true });
    expect(marked(hit.titleSegments)).toEqual(["marmoset"]);
  });

  it("searches mentors for signed-in members only", async () => {
    const someone = await member();
    await db.insert(mentorProfiles).values({
      userId: someone.id,
      bio: "Former saxophonist turned researcher; approved EB-1A in 2024.",
    });
    const banned = await member({ status: "banned" });
    await db.insert(mentorProfiles).values({ userId: banned.id, bio: "A saxophonist too." });

    const signedOut = await searchEverything(null, "saxophonist");
    expect(signedOut.mentors).toEqual({
      items: [],
      more: false,
      nextCursor: null,
      signInRequired: true,
    });
    const tab = await searchEverything(null, "saxophonist", { type: "mentors" });
    expect(tab.mentors!.signInRequired).toBe(true);
    expect(tab.mentors!.items).toEqual([]);

    const viewer = await member();
    const found = await searchEverything(viewer, "saxophonist", { type: "mentors" });
    expect(found.mentors!.signInRequired).toBe(false);
    expect(found.mentors!.items.map((m) => m.handle)).toEqual([someone.handle]);
    expect(marked(found.mentors!.items[0]!.bio)).toEqual(["saxophonist"]);
  });

  it("does not search a query under 2 characters", async () => {
    const result = await searchEverything(null, "  a \u0000 ");
    expect(result).toEqual({ q: "a", type: "all", tooShort: true });
    expect((await searchContent(null, "x")).items).toEqual([]);
  });
});
