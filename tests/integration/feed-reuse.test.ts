// The feed ranks once (docs/decisions/021-rank-once.md): a first page reuses the member's
// last ranking while nothing it was ranked from has changed, and ranks again after any change to
// the member's inputs, a reply in a thread they follow, new content or threads, or the age bound;
// on PostgreSQL, also after a change that was still uncommitted while the ranking was read.
import { eq, sql } from "drizzle-orm";
import { db, getDatabase } from "@/db/client";
import { applicantProfiles, changeMarks, feedSnapshots, type User } from "@/db/schema";
import { setFollow } from "@/lib/community/reactions";
import { setAuthorFollow } from "@/lib/content/mutations";
import { setNotInterested } from "@/lib/feed/mutations";
import { getFeed } from "@/lib/feed/queries";
import { RANKING_REUSE_SECONDS } from "@/lib/change-marks";
import { sweepFeedSnapshots } from "@/lib/feed/sweep";
import { answer, ask } from "./community-fixtures";
import { member, mentor, publish } from "./content-fixtures";
import { applicant } from "./feed-fixtures";

async function rankings(user: User): Promise<number> {
  const rows = await db
    .select({ id: feedSnapshots.id })
    .from(feedSnapshots)
    .where(eq(feedSnapshots.userId, user.id));
  return rows.length;
}

/** Whether the next first page ranked afresh (stored a new ranking) rather than reusing one. */
async function ranksAgain(user: User, change?: () => Promise<unknown>): Promise<boolean> {
  await getFeed(user);
  const before = await rankings(user);
  if (change) await change();
  await getFeed(user);
  return (await rankings(user)) > before;
}

let author: User;
beforeAll(async () => {
  author = await mentor();
  for (let i = 0; i < 3; i++) {
    await publish(author, {
      title: `Judging evidence, part ${i}`,
      pathways: ["eb1a"],
      criteria: ["judging"],
    });
  }
});

describe("the feed ranks once", () => {
  it("a first page with nothing changed reuses the ranking, and shows the same entries", async () => {
    const reader = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
    const first = await getFeed(reader);
    const again = await getFeed(reader);
    expect(await rankings(reader)).toBe(1);
    expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    expect(again.profileEmpty).toBe(first.profileEmpty);
    expect(again.onboarding).toBe(first.onboarding);
    expect(again.nextCursor === null).toBe(first.nextCursor === null);
    expect(await ranksAgain(reader)).toBe(false);
  });

  it("ranks again after a change to the member's own inputs", async () => {
    const reader = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
    const [someItem] = (await getFeed(reader)).entries;
    expect(
      await ranksAgain(reader, () =>
        db
          .update(applicantProfiles)
          .set({ stage: "rfe" })
          .where(eq(applicantProfiles.userId, reader.id)),
      ),
    ).toBe(true);
    expect(
      await ranksAgain(reader, () =>
        setNotInterested(reader, { type: someItem!.type, id: someItem!.id, on: true }),
      ),
    ).toBe(true);
    expect(
      await ranksAgain(reader, () =>
        setNotInterested(reader, { type: someItem!.type, id: someItem!.id, on: false }),
      ),
    ).toBe(true);
    expect(await ranksAgain(reader, () => setAuthorFollow(reader, author.id, true))).toBe(true);
  });

  it("ranks again after a reply in a followed thread, but not one elsewhere", async () => {
    const reader = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
    const asker = await member();
    const followed = await ask(asker);
    const other = await ask(asker);
    await setFollow(reader, { threadId: followed.threadId, follow: true });
    expect(await ranksAgain(reader, () => answer(asker, other.threadId))).toBe(false);
    expect(await ranksAgain(reader, () => answer(asker, followed.threadId))).toBe(true);
  });

  it("ranks again after new content or a new thread, and once it is older than the bound", async () => {
    const reader = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
    expect(
      await ranksAgain(reader, () => publish(author, { title: "A fresh guide on judging" })),
    ).toBe(true);
    expect(await ranksAgain(reader, async () => ask(await member()))).toBe(true);
    expect(
      await ranksAgain(reader, () =>
        db
          .update(feedSnapshots)
          .set({ rankedAt: sql`now() - make_interval(secs => ${RANKING_REUSE_SECONDS + 1})` })
          .where(eq(feedSnapshots.userId, reader.id)),
      ),
    ).toBe(true);
  });

  it("the sweep drops change marks no reusable ranking can predate", async () => {
    await publish(author, { title: "One more judging guide" });
    expect((await db.select().from(changeMarks)).length).toBeGreaterThan(0);
    await sweepFeedSnapshots(new Date(Date.now() + 30 * 60_000));
    expect(
      (await db.select().from(changeMarks).where(eq(changeMarks.scope, "content"))).length,
    ).toBe(1);
    await sweepFeedSnapshots(new Date(Date.now() + 2 * 3_600_000));
    expect(await db.select().from(changeMarks)).toEqual([]);
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    "ranks again after a change that was uncommitted while the ranking read its inputs",
    async () => {
      const reader = await applicant({ pathways: ["eb1a"], stage: "building_evidence" });
      await getFeed(reader);
      const handle = getDatabase();
      if (handle.kind !== "postgres") return;
      const writer = await handle.client.reserve();
      try {
        // A profile change begins before the ranking and commits after it.
        await writer`begin`;
        await writer`update applicant_profiles set stage = 'rfe' where user_id = ${reader.id}`;
        // Stale for the member: the next first page ranks, under a snapshot that cannot see the writer.
        await db.delete(feedSnapshots).where(eq(feedSnapshots.userId, reader.id));
        await getFeed(reader);
        await writer`commit`;
      } finally {
        writer.release();
      }
      const before = await rankings(reader);
      await getFeed(reader);
      expect(await rankings(reader)).toBe(before + 1);
    },
  );
});
