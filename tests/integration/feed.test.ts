import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  applicantProfiles,
  contentItems,
  feedSnapshots,
  type User,
} from "@/db/schema";
import { reply } from "@/lib/community/posting";
import { setFollow } from "@/lib/community/reactions";
import { createContent, setContentPublished } from "@/lib/content/mutations";
import { setNotInterested } from "@/lib/feed/mutations";
import type { FeedEntry } from "@/lib/feed/entries";
import { getFeed } from "@/lib/feed/queries";
import { FEED_PAGE_SIZE } from "@/lib/feed/snapshot";
import { sweepFeedSnapshots } from "@/lib/feed/sweep";
import { ask, tick } from "./community-fixtures";
import { admin, item, key, member, mentor, publish } from "./content-fixtures";
import { applicant, titles, type Profile } from "./feed-fixtures";

/** Every page of a member's feed, following the cursors. */
async function allPages(user: User, between?: () => Promise<void>) {
  const pages: FeedEntry[][] = [];
  let cursor: string | null = null;
  do {
    const page = await getFeed(user, cursor);
    pages.push(page.entries);
    cursor = page.nextCursor;
    if (between) await between();
  } while (cursor);
  return pages;
}

let library: {
  eb1aJudging: string;
  o1aFounders: string;
  rfe: string;
  draft: string;
  closed: string;
};

beforeAll(async () => {
  const author = await mentor();
  const team = await admin();
  const day = 86_400_000;
  const at = (daysAgo: number) => new Date(Date.now() - daysAgo * day);
  library = {
    eb1aJudging: (
      await publish(
        author,
        {
          title: "Peer review as judging evidence for EB-1A",
          pathways: ["eb1a"],
          criteria: ["judging"],
          stages: ["building_evidence"],
          fields: ["ai_computing"],
        },
        at(5),
      )
    ).id,
    o1aFounders: (
      await publish(
        author,
        {
          title: "O-1A for founders: proving a leading role",
          pathways: ["o1a"],
          criteria: ["leading_role", "high_salary"],
          stages: ["assessing"],
          fields: ["business"],
          chargeability: ["MX"],
        },
        at(5),
      )
    ).id,
    rfe: (
      await publish(
        author,
        {
          title: "Answering an RFE on national importance",
          pathways: ["eb2_niw"],
          criteria: ["merit_importance"],
          stages: ["rfe"],
        },
        at(5),
      )
    ).id,
    draft: (
      await createContent(
        author,
        item({ title: "A draft on judging nobody may see", intent: "draft" }),
      )
    ).id,
    closed: (
      await publish(
        author,
        {
          title: "Call for reviewers that already closed",
          kind: "opportunity",
          closesOn: "2020-01-01",
        },
        at(1),
      )
    ).id,
  };
  // Generic material, so every feed has more than one page.
  for (let i = 0; i < 30; i++) {
    await publish(
      team,
      {
        title: `Filing basics, note ${i + 1}`,
        pathways: [],
        criteria: [],
        stages: [],
        official: i % 10 === 0,
      },
      at(10 + i),
    );
  }
});

describe("the personalised feed", () => {
  it("two applicants with different pathways and stages see different feeds, with reasons", async () => {
    const priya = await applicant({
      pathways: ["eb1a", "eb2_niw"],
      stage: "building_evidence",
      field: "ai_computing",
      country: "IN",
      gaps: [{ pathway: "eb1a", criterion: "judging", strength: "some" }],
    });
    const diego = await applicant({
      pathways: ["o1a"],
      stage: "assessing",
      field: "business",
      country: "MX",
      gaps: [{ pathway: "o1a", criterion: "press", strength: "some" }],
    });
    const p = await getFeed(priya);
    const d = await getFeed(diego);
    expect(titles(p.entries)[0]).toBe("Peer review as judging evidence for EB-1A");
    expect(titles(d.entries)[0]).toBe("O-1A for founders: proving a leading role");
    expect(titles(p.entries).slice(0, 5)).not.toEqual(titles(d.entries).slice(0, 5));
    const top = p.entries[0]!;
    expect(top.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(["weak_criterion", "pathway", "stage", "field"]),
    );
    expect(p.profileEmpty).toBe(false);
  });

  it("changing the stage changes the feed on the next load", async () => {
    const wei = await applicant({ pathways: ["eb2_niw"], stage: "building_evidence" });
    const before = titles((await getFeed(wei)).entries);
    await db
      .update(applicantProfiles)
      .set({ stage: "rfe" })
      .where(eq(applicantProfiles.userId, wei.id));
    const after = titles((await getFeed(wei)).entries);
    expect(after[0]).toBe("Answering an RFE on national importance");
    expect(after).not.toEqual(before);
  });

  it("never shows drafts or closed opportunities", async () => {
    const reader = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
    const ids = (await allPages(reader)).flat().map((e) => e.id);
    expect(ids).not.toContain(library.draft);
    expect(ids).not.toContain(library.closed);
  });

  it("a new member with an empty profile gets a sensible feed and a prompt", async () => {
    const newcomer = await member();
    const page = await getFeed(newcomer);
    expect(page.profileEmpty).toBe(true);
    expect(page.entries).toHaveLength(FEED_PAGE_SIZE);
    for (const e of page.entries) {
      expect(e.reasons.length).toBeGreaterThan(0);
      for (const r of e.reasons) {
        expect(["fresh", "popular", "official", "library"]).toContain(r.code);
      }
    }
  });

  it("pages follow the first page's ranking: no duplicates or gaps while new items arrive", async () => {
    const reader = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
    const author = await mentor();
    let added = 0;
    const pages = await allPages(reader, async () => {
      // Something new and highly relevant arrives between every two pages.
      added += 1;
      await publish(author, {
        title: `Brand-new judging guide ${added}`,
        pathways: ["eb1a"],
        criteria: ["judging"],
        stages: ["building_evidence"],
      });
    });
    const ids = pages.flat().map((e) => e.id);
    expect(pages.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    const [snapshot] = await db
      .select()
      .from(feedSnapshots)
      .where(eq(feedSnapshots.userId, reader.id));
    expect(ids).toEqual((snapshot!.items as { id: string }[]).map((i) => i.id));
    expect(titles(pages.flat())).not.toContain("Brand-new judging guide 1");
    // The next first page ranks the new items in.
    expect(titles((await getFeed(reader)).entries)).toContain("Brand-new judging guide 1");
  });

  it("an item taken down after the first page is skipped on the next pages", async () => {
    const reader = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
    const first = await getFeed(reader);
    const [snapshot] = await db
      .select()
      .from(feedSnapshots)
      .where(eq(feedSnapshots.userId, reader.id));
    const later = (snapshot!.items as { t: string; id: string }[])
      .slice(FEED_PAGE_SIZE)
      .find((i) => i.t === "content")!;
    const [owner] = await db
      .select({ authorId: contentItems.authorId })
      .from(contentItems)
      .where(eq(contentItems.id, later.id));
    await setContentPublished({ id: owner!.authorId! }, later.id, false);
    const second = await getFeed(reader, first.nextCursor);
    expect(second.entries.map((e) => e.id)).not.toContain(later.id);
  });

  it("'not interested' hides the item and lowers similar ones", async () => {
    const profile: Profile = { pathways: ["o1a"], stage: "assessing", field: "business" };
    const control = await applicant(profile);
    const reader = await applicant(profile);
    const author = await mentor();
    const similar = await publish(author, {
      title: "Another founder piece on leading roles",
      pathways: ["o1a"],
      criteria: ["leading_role"],
      stages: ["assessing"],
    });
    // Less relevant than the similar piece (no stage match), and less like the dismissed one.
    await publish(author, {
      kind: "article",
      title: "Press coverage for O-1A, a reporter's view",
      pathways: ["o1a"],
      criteria: ["press"],
      stages: [],
    });
    await setNotInterested(reader, { type: "content", id: library.o1aFounders, on: true });
    const rankOf = (entries: FeedEntry[], id: string) => entries.findIndex((e) => e.id === id);
    // How many other items outrank the similar one (the dismissed item itself not counted).
    const above = (entries: FeedEntry[]) =>
      entries.slice(0, rankOf(entries, similar.id)).filter((e) => e.id !== library.o1aFounders)
        .length;
    const mine = (await getFeed(reader)).entries;
    const theirs = (await getFeed(control)).entries;
    expect(rankOf(mine, library.o1aFounders)).toBe(-1);
    expect(rankOf(theirs, library.o1aFounders)).toBeGreaterThanOrEqual(0);
    expect(rankOf(mine, similar.id)).toBeGreaterThanOrEqual(0);
    expect(above(mine)).toBeGreaterThan(above(theirs));
    // Undo brings it back.
    await setNotInterested(reader, { type: "content", id: library.o1aFounders, on: false });
    expect(rankOf((await getFeed(reader)).entries, library.o1aFounders)).toBeGreaterThanOrEqual(0);
  });

  it("threads with new replies the member follows come first, with the reason", async () => {
    const reader = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
    const asker = await member();
    const { threadId } = await ask(asker, {
      title: "Which documents prove a critical role at a startup?",
      pathways: ["o1a"],
      criteria: ["critical_role"],
    });
    await setFollow(reader, { threadId, follow: true });
    await reply(
      await member(),
      { threadId, body: "An org chart and a letter from the CEO.", idempotencyKey: key() },
      tick(),
    );
    const top = (await getFeed(reader)).entries[0]!;
    expect(top).toMatchObject({ type: "thread", id: threadId });
    expect(top.reasons[0]).toEqual({ code: "followed_thread" });
  });

  it("another member's cursor, or an expired one, starts the feed over", async () => {
    const a = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
    const b = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
    const first = await getFeed(a);
    const stolen = await getFeed(b, first.nextCursor);
    expect(stolen.restarted).toBe(true);
    expect(stolen.entries.length).toBe(FEED_PAGE_SIZE);
    await sweepFeedSnapshots(new Date(Date.now() + 2 * 86_400_000));
    expect((await getFeed(a, first.nextCursor)).restarted).toBe(true);
    expect((await getFeed(a, "garbage")).restarted).toBe(true);
  });
});
