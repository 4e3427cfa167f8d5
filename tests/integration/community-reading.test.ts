import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { communityPosts, communityThreads } from "@/db/schema";
import { threadSorts } from "@/lib/community/vocabulary";
import { deletePost } from "@/lib/community/editing";
import { acceptAnswer, vote } from "@/lib/community/reactions";
import { searchCommunity } from "@/lib/community/search";
import { listThreads, type ThreadListItem } from "@/lib/community/thread-list";
import { getThread, listReplies, REPLIES_PAGE_SIZE } from "@/lib/community/thread-page";
import { bodyFingerprint } from "@/lib/community/text";
import { listThreadsSchema, type ListThreadsInput } from "@/lib/community/schemas";
import { answer, ask, member, notificationsOf, tick, verifiedMentor } from "./community-fixtures";
import type { Actor } from "@/lib/auth/actor";

function found(page: Awaited<ReturnType<typeof getThread>>) {
  if (page.status !== "found") throw new Error(`expected the thread, got ${page.status}`);
  return page;
}

async function allPages(viewer: Actor | null, params: ListThreadsInput) {
  const items: ThreadListItem[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < 100; i++) {
    const page = await listThreads(
      viewer,
      listThreadsSchema.parse({ ...params, cursor, limit: 7 }),
    );
    items.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return items;
}

describe("anonymous questions", () => {
  it("the public and other members see 'anonymous'; the author sees it is theirs; moderators see who", async () => {
    const asker = await member();
    const other = await member();
    const moderator = await member({ role: "moderator" });
    const { threadId } = await ask(asker, { anonymous: true, category: "filing-rfes" });
    const ownReply = await answer(asker, threadId, "Adding details to my own question.");

    for (const viewer of [null, other]) {
      const page = found(await getThread(viewer, threadId));
      expect(page.thread.author).toBeNull();
      expect(page.opening.author).toBeNull();
      expect(page.thread.anonymous).toBe(true);
      expect(page.replies[0]).toMatchObject({ id: ownReply.postId, author: null, anonymous: true });
      // Nothing that identifies the author anywhere in what a page would receive.
      const payload = JSON.stringify(page);
      for (const secret of [asker.id, asker.handle, asker.displayName])
        expect(payload).not.toContain(secret);
      const list = JSON.stringify(await allPages(viewer, { category: "filing-rfes" }));
      expect(list).toContain(threadId);
      for (const secret of [asker.id, asker.handle, asker.displayName])
        expect(list).not.toContain(secret);
    }
    const mine = found(await getThread(asker, threadId));
    expect(mine.thread).toMatchObject({ mine: true, anonymous: true });
    expect(mine.thread.author?.name).toBe(asker.displayName);
    const staff = found(await getThread(moderator, threadId));
    expect(staff.opening.author).toEqual({ name: asker.displayName, handle: asker.handle });
    expect(staff.opening.mine).toBe(false);
  });

  it("notifications from an anonymous author carry no actor", async () => {
    const asker = await member();
    const helper = await member();
    const { threadId } = await ask(asker, { anonymous: true });
    const r = await answer(helper, threadId);
    await answer(asker, threadId, "Thanks, that helps a lot.");
    const [replyNotice] = await notificationsOf(helper.id, "thread_reply");
    expect(replyNotice).toMatchObject({ actorId: null });
    expect(replyNotice!.data.name).toBe("An anonymous member");
    await acceptAnswer(asker, { threadId, postId: r.postId }, tick());
    const [accepted] = await notificationsOf(helper.id, "answer_accepted");
    expect(accepted).toMatchObject({ actorId: null });
    expect(JSON.stringify(accepted)).not.toContain(asker.displayName);
  });
});

describe("who can read what", () => {
  it("signed out: public categories only; members-only threads ask to sign in", async () => {
    const asker = await member();
    const pub = await ask(asker, { category: "letters" });
    const priv = await ask(asker, { category: "off-topic", title: "Where do you all live now?" });
    expect(found(await getThread(null, pub.threadId)).thread.category).toBe("letters");
    expect(await getThread(null, priv.threadId)).toEqual({ status: "sign_in_required" });
    expect(found(await getThread(asker, priv.threadId)).thread.title).toBe(
      "Where do you all live now?",
    );
    expect(
      await listThreads(null, listThreadsSchema.parse({ category: "off-topic" })),
    ).toMatchObject({
      items: [],
      signInRequired: true,
    });
    const signedOut = await allPages(null, {});
    expect(signedOut.some((t) => t.category === "off-topic")).toBe(false);
    expect(signedOut.map((t) => t.id)).toContain(pub.threadId);
    expect((await allPages(asker, { category: "off-topic" })).map((t) => t.id)).toContain(
      priv.threadId,
    );
    expect(await getThread(null, "not-a-uuid")).toEqual({ status: "not_found" });
    expect(await getThread(null, crypto.randomUUID())).toEqual({ status: "not_found" });
  });

  it("hidden and deleted threads leave lists and search; the author sees a hidden one, moderators both", async () => {
    const asker = await member();
    const other = await member();
    const moderator = await member({ role: "admin" });
    const hidden = await ask(asker, { title: "Quokkahidden question about letters" });
    const deleted = await ask(asker, { title: "Quokkadeleted question about letters" });
    await db
      .update(communityThreads)
      .set({ hiddenAt: new Date() })
      .where(eq(communityThreads.id, hidden.threadId));
    await db
      .update(communityThreads)
      .set({ deletedAt: new Date() })
      .where(eq(communityThreads.id, deleted.threadId));
    const ids = (await allPages(other, {})).map((t) => t.id);
    expect(ids).not.toContain(hidden.threadId);
    expect(ids).not.toContain(deleted.threadId);
    expect((await searchCommunity(other, "quokkahidden")).items).toEqual([]);
    expect((await searchCommunity(moderator, "quokkadeleted")).items).toEqual([]);
    expect((await getThread(other, hidden.threadId)).status).toBe("not_found");
    expect(found(await getThread(asker, hidden.threadId)).thread.hidden).toBe(true);
    expect(found(await getThread(moderator, hidden.threadId)).thread.hidden).toBe(true);
    expect((await getThread(asker, deleted.threadId)).status).toBe("not_found");
    expect(found(await getThread(moderator, deleted.threadId)).thread.deleted).toBe(true);
  });
});

describe("the thread page", () => {
  it("shows the accepted answer first, then the other replies, with the viewer's flags", async () => {
    const asker = await member();
    const mentor = await verifiedMentor();
    const helper = await member();
    const { threadId, postId } = await ask(asker);
    const r1 = await answer(helper, threadId);
    const r2 = await answer(mentor, threadId);
    const r3 = await answer(helper, threadId);
    await acceptAnswer(asker, { threadId, postId: r2.postId }, tick());
    await vote(helper, { postId, up: true }, tick());

    const forHelper = found(await getThread(helper, threadId));
    expect(forHelper.accepted).toMatchObject({
      id: r2.postId,
      accepted: true,
      verifiedMentor: true,
      canVote: true,
    });
    expect(forHelper.replies.map((r) => r.id)).toEqual([r1.postId, r3.postId]);
    expect(forHelper.opening).toMatchObject({
      myVote: true,
      voteScore: 1,
      canEdit: false,
      canVote: true,
    });
    expect(forHelper.replies[0]).toMatchObject({
      mine: true,
      canEdit: true,
      canDelete: true,
      canVote: false,
      canAccept: false,
      verifiedMentor: false,
    });
    expect(forHelper.thread).toMatchObject({
      following: true,
      hasMentorAnswer: true,
      replyCount: 3,
      canReply: true,
    });

    const forAsker = found(await getThread(asker, threadId));
    expect(forAsker.replies[0]!.canAccept).toBe(true);
    expect(forAsker.opening).toMatchObject({ canEdit: true, canVote: false, myVote: false });
    expect(forAsker.thread.description).toMatch(/^I reviewed/);

    const signedOut = found(await getThread(null, threadId));
    expect(signedOut.thread).toMatchObject({ canReply: false, following: false });
    expect(signedOut.opening.canVote).toBe(false);

    const list = await listThreads(null, listThreadsSchema.parse({ sort: "newest", limit: 50 }));
    expect(list.items.find((t) => t.id === threadId)).toMatchObject({
      hasAcceptedAnswer: true,
      hasMentorAnswer: true,
      replyCount: 3,
      voteScore: 1,
    });
  });

  it("a deleted reply reads 'deleted by author' with no text", async () => {
    const asker = await member();
    const helper = await member();
    const { threadId } = await ask(asker);
    const r = await answer(helper, threadId, "Something I regret writing");
    await deletePost(helper, r.postId, tick());
    const page = found(await getThread(asker, threadId));
    expect(page.replies[0]).toMatchObject({
      id: r.postId,
      deleted: true,
      body: null,
      canVote: false,
    });
    expect(JSON.stringify(page)).not.toContain("regret");
  });

  it("replies beyond the first page come by keyset, with no duplicates or gaps", async () => {
    const asker = await member();
    const helper = await member();
    const { threadId } = await ask(asker);
    // Many replies, several sharing one timestamp, so the id breaks ties.
    const base = Date.now();
    const rows = Array.from({ length: 2 * REPLIES_PAGE_SIZE + 5 }, (_, i) => ({
      threadId,
      authorId: helper.id,
      body: `Bulk reply ${i}`,
      bodyHash: bodyFingerprint(`Bulk reply ${i}`),
      createdAt: new Date(base + Math.floor(i / 3) * 1000),
    }));
    const inserted = await db
      .insert(communityPosts)
      .values(rows)
      .returning({ id: communityPosts.id });
    const first = found(await getThread(helper, threadId));
    const seen = first.replies.map((r) => r.id);
    let cursor = first.nextCursor;
    while (cursor) {
      const page = (await listReplies(helper, threadId, cursor))!;
      seen.push(...page.replies.map((r) => r.id));
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(inserted.map((r) => r.id).sort());
  });
});

describe("the thread list", () => {
  it("every sort pages through every thread once, in order", async () => {
    const asker = await member();
    const base = Date.now() - 86_400_000;
    const threads = await db
      .insert(communityThreads)
      .values(
        Array.from({ length: 23 }, (_, i) => ({
          authorId: asker.id,
          category: "life-after-approval" as const,
          kind: "discussion" as const,
          title: `Bulk thread ${i}`,
          slug: `bulk-thread-${i}`,
          idempotencyKey: `bulk-${i}-${asker.id}`,
          voteScore: i % 4,
          replyCount: i % 3,
          createdAt: new Date(base + Math.floor(i / 2) * 1000),
          lastActivityAt: new Date(base + (i % 5) * 1000),
        })),
      )
      .returning({ id: communityThreads.id });
    const ids = threads.map((t) => t.id);
    for (const sort of threadSorts) {
      const items = await allPages(asker, { category: "life-after-approval", sort });
      const got = items.map((t) => t.id);
      expect(new Set(got).size, sort).toBe(got.length);
      const expected = sort === "unanswered" ? ids.filter((_, i) => i % 3 === 0) : ids;
      expect(got.filter((id) => ids.includes(id)).sort(), sort).toEqual([...expected].sort());
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [items[i - 1]!, items[i]!];
        const key = (t: ThreadListItem) =>
          sort === "top"
            ? t.voteScore
            : sort === "latest"
              ? t.lastActivityAt.getTime()
              : t.createdAt.getTime();
        expect(key(a) > key(b) || (key(a) === key(b) && a.id > b.id), `${sort} order at ${i}`).toBe(
          true,
        );
      }
    }
  });

  it("unanswered: questions without an accepted answer and discussions without replies", async () => {
    const asker = await member();
    const helper = await member();
    const q = await ask(asker, { category: "pathways-eligibility" });
    const d = await ask(asker, { category: "pathways-eligibility", kind: "discussion" });
    const unanswered = async () =>
      (await allPages(asker, { category: "pathways-eligibility", sort: "unanswered" })).map(
        (t) => t.id,
      );
    expect(await unanswered()).toEqual(expect.arrayContaining([q.threadId, d.threadId]));
    const r = await answer(helper, q.threadId);
    await answer(helper, d.threadId);
    expect(await unanswered()).toContain(q.threadId);
    expect(await unanswered()).not.toContain(d.threadId);
    await acceptAnswer(asker, { threadId: q.threadId, postId: r.postId }, tick());
    expect(await unanswered()).not.toContain(q.threadId);
  });

  it("filters by pathway and criterion tags", async () => {
    const asker = await member();
    const niw = await ask(asker, { pathways: ["eb2_niw"], criteria: ["well_positioned"] });
    const o1 = await ask(asker, { pathways: ["o1a", "eb1a"], criteria: ["press"] });
    const byPathway = (await allPages(asker, { pathway: "eb2_niw" })).map((t) => t.id);
    expect(byPathway).toContain(niw.threadId);
    expect(byPathway).not.toContain(o1.threadId);
    const byCriterion = (await allPages(asker, { criterion: "press" })).map((t) => t.id);
    expect(byCriterion).toContain(o1.threadId);
    expect(byCriterion).not.toContain(niw.threadId);
    const item = (await allPages(asker, { pathway: "o1a" })).find((t) => t.id === o1.threadId);
    expect(item).toMatchObject({
      pathways: ["o1a", "eb1a"],
      criteria: ["press"],
      author: { name: asker.displayName },
    });
  });
});

describe("search", () => {
  it("finds threads by title and replies by text, best first, keyset-paginated, members-only hidden signed out", async () => {
    const asker = await member();
    const helper = await member();
    const t1 = await ask(asker, {
      title: "Zephyrine awards: do they count?",
      body: "The zephyrine prize is regional. Does it count for the awards criterion?",
    });
    const t2 = await ask(asker, {
      category: "off-topic",
      title: "Zephyrine meetup in Berlin anyone?",
    });
    const r = await answer(helper, t1.threadId, "I listed my zephyrine medal and it was accepted.");
    const gone = await answer(helper, t1.threadId, "Zephyrine zephyrine, deleted later.");
    await deletePost(helper, gone.postId, tick());

    const forMember = await searchCommunity(asker, "zephyrine");
    const hits = forMember.items.map((h) => h.postId);
    expect(hits).toEqual(expect.arrayContaining([t1.postId, t2.postId, r.postId]));
    expect(hits).not.toContain(gone.postId);
    expect(forMember.items[0]!.postId).toBe(t1.postId); // title and body both match
    expect(forMember.items.find((h) => h.postId === r.postId)).toMatchObject({
      threadId: t1.threadId,
      isOpening: false,
      title: "Zephyrine awards: do they count?",
    });

    const signedOut = (await searchCommunity(null, "zephyrine")).items.map((h) => h.postId);
    expect(signedOut).not.toContain(t2.postId);
    expect(signedOut).toContain(t1.postId);

    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await searchCommunity(asker, "zephyrine", cursor, 1);
      paged.push(...page.items.map((h) => h.postId));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(hits);
    expect((await searchCommunity(asker, "x")).items).toEqual([]);
    expect((await searchCommunity(asker, "the and of")).items).toEqual([]);
  });
});
