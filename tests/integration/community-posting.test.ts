import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  communityFollows,
  communityPostRevisions,
  communityPosts,
  communityThreads,
  communityVotes,
  queueItems,
  users,
} from "@/db/schema";
import { getThread } from "@/lib/community/thread-page";
import { deletePost, editPost } from "@/lib/community/editing";
import { createThread, reply } from "@/lib/community/posting";
import { acceptAnswer, setFollow, vote } from "@/lib/community/reactions";
import {
  ConflictError,
  VersionConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from "@/lib/errors";
import {
  answer,
  ask,
  key,
  member,
  notificationsOf,
  tick,
  verifiedMentor,
} from "./community-fixtures";

async function threadRow(id: string) {
  const [row] = await db.select().from(communityThreads).where(eq(communityThreads.id, id));
  return row!;
}
async function postRow(id: string) {
  const [row] = await db.select().from(communityPosts).where(eq(communityPosts.id, id));
  return row!;
}
async function followers(threadId: string) {
  const rows = await db
    .select({ userId: communityFollows.userId })
    .from(communityFollows)
    .where(eq(communityFollows.threadId, threadId));
  return rows.map((r) => r.userId).sort();
}

describe("threads and replies", () => {
  it("a new thread has its opening post, a slug, zeroed counters, and its author follows it", async () => {
    const asker = await member();
    const now = tick();
    const result = await ask(asker, { title: "Is judging 40 papers enough for EB-1A?" }, now);
    expect(result.created).toBe(true);
    expect(result.slug).toBe("is-judging-40-papers-enough-for-eb-1a");
    const thread = await threadRow(result.threadId);
    expect(thread).toMatchObject({
      replyCount: 0,
      voteScore: 0,
      acceptedPostId: null,
      hasMentorAnswer: false,
      pathways: ["eb1a"],
      criteria: ["judging"],
    });
    expect(thread.lastActivityAt.getTime()).toBe(now.getTime());
    const opening = await postRow(result.postId);
    expect(opening).toMatchObject({ isOpening: true, threadId: thread.id, version: 1 });
    expect(await followers(thread.id)).toEqual([asker.id]);
  });

  it("a reply counts, moves last activity, follows, and notifies followers but not the replier", async () => {
    const asker = await member();
    const other = await member();
    const replier = await member();
    const { threadId } = await ask(asker);
    await setFollow(other, { threadId, follow: true }, tick());
    const now = tick();
    const r = await answer(replier, threadId, "Keep every review invitation email.", now);
    const thread = await threadRow(threadId);
    expect(thread.replyCount).toBe(1);
    expect(thread.lastActivityAt.getTime()).toBe(now.getTime());
    expect(await followers(threadId)).toEqual([asker.id, other.id, replier.id].sort());
    for (const who of [asker, other]) {
      const [n] = await notificationsOf(who.id, "thread_reply");
      expect(n).toMatchObject({ actorId: replier.id });
      expect(n!.data).toMatchObject({ threadId, postId: r.postId, name: replier.displayName });
    }
    expect(await notificationsOf(replier.id)).toHaveLength(0);
  });

  it("mentions notify existing members once, never the author, and replace the follower notice", async () => {
    const asker = await member();
    const mentioned = await member();
    const replier = await member();
    const { threadId } = await ask(asker);
    await answer(
      replier,
      threadId,
      `@${asker.handle} see what @${mentioned.handle.toUpperCase()} did; also @${replier.handle} and @nobody-here-at-all`,
    );
    expect(await notificationsOf(asker.id, "mention")).toHaveLength(1);
    expect(await notificationsOf(asker.id, "thread_reply")).toHaveLength(0);
    expect(await notificationsOf(mentioned.id, "mention")).toHaveLength(1);
    expect(await notificationsOf(replier.id)).toHaveLength(0);
  });

  it("an edit tells only the people it mentions for the first time", async () => {
    const asker = await member();
    const already = await member();
    const added = await member();
    const replier = await member();
    const { threadId } = await ask(asker);
    const r = await answer(replier, threadId, `Ask @${already.handle} about it.`);
    expect(await notificationsOf(already.id, "mention")).toHaveLength(1);
    await editPost(
      replier,
      { postId: r.postId, version: 1, body: `Ask @${already.handle} or @${added.handle}.` },
      tick(),
    );
    expect(await notificationsOf(already.id, "mention")).toHaveLength(1);
    const [notice] = await notificationsOf(added.id, "mention");
    expect(notice!.data).toMatchObject({ threadId, postId: r.postId, name: replier.displayName });
    // Editing again with the same mentions tells nobody again.
    await editPost(
      replier,
      { postId: r.postId, version: 2, body: `Ask @${already.handle} or @${added.handle}!` },
      tick(20),
    );
    expect(await notificationsOf(added.id, "mention")).toHaveLength(1);
  });

  it("a verified mentor's reply marks the thread, and deleting it clears the mark", async () => {
    const asker = await member();
    const mentor = await verifiedMentor();
    const { threadId } = await ask(asker);
    const r = await answer(mentor, threadId);
    expect((await threadRow(threadId)).hasMentorAnswer).toBe(true);
    expect((await postRow(r.postId)).authorVerifiedMentor).toBe(true);
    await deletePost(mentor, r.postId, tick());
    expect(await threadRow(threadId)).toMatchObject({ hasMentorAnswer: false, replyCount: 0 });
  });

  it("refuses a locked thread, and an unknown one", async () => {
    const asker = await member();
    const { threadId } = await ask(asker);
    await db
      .update(communityThreads)
      .set({ lockedAt: new Date() })
      .where(eq(communityThreads.id, threadId));
    await expect(answer(asker, threadId)).rejects.toThrow(ConflictError);
    await expect(answer(asker, crypto.randomUUID())).rejects.toThrow(NotFoundError);
  });

  it("holds posts with receipt numbers and A-numbers for review; editing the number out releases them", async () => {
    const asker = await member();
    const other = await member();
    const held = await ask(asker, { body: "My receipt is EAC2190012345, is that normal timing?" });
    expect(held.held).toContain("USCIS receipt number");
    expect((await threadRow(held.threadId)).hiddenAt).not.toBeNull();
    expect((await getThread(other, held.threadId)).status).toBe("not_found");
    expect((await getThread(asker, held.threadId)).status).toBe("found");
    const holds = await db
      .select()
      .from(queueItems)
      .where(and(eq(queueItems.targetId, held.threadId), eq(queueItems.kind, "hold")));
    expect(holds).toHaveLength(1);
    expect(holds[0]!.closedAt).toBeNull();

    const { threadId } = await ask(asker);
    const follower = await member();
    await setFollow(follower, { threadId, follow: true }, tick());
    const reply = await answer(asker, threadId, "My A-number is A123456789, does that help?");
    expect(reply.held).toContain("A-number");
    expect((await postRow(reply.postId)).hiddenAt).not.toBeNull();
    expect(await notificationsOf(follower.id, "thread_reply")).toHaveLength(0);

    // The author edits the number away: the reply comes back and the hold closes itself.
    await editPost(
      asker,
      { postId: reply.postId, version: 1, body: "My A-number starts with A, does that help?" },
      tick(),
    );
    expect((await postRow(reply.postId)).hiddenAt).toBeNull();
    const [hold] = await db
      .select()
      .from(queueItems)
      .where(and(eq(queueItems.targetId, reply.postId), eq(queueItems.kind, "hold")));
    expect(hold!.closedAt).not.toBeNull();
  });

  it("suspended and banned members cannot post, vote, edit or follow", async () => {
    const asker = await member();
    const { threadId, postId } = await ask(asker);
    const suspended = await member({ status: "suspended" });
    await db
      .update(users)
      .set({ suspendedUntil: new Date(Date.now() + 86_400_000) })
      .where(eq(users.id, suspended.id));
    const banned = await member({ status: "banned" });
    for (const who of [suspended, banned]) {
      await expect(ask(who)).rejects.toThrow(ForbiddenError);
      await expect(answer(who, threadId)).rejects.toThrow(ForbiddenError);
      await expect(vote(who, { postId, up: true }, tick())).rejects.toThrow(ForbiddenError);
      await expect(setFollow(who, { threadId, follow: true }, tick())).rejects.toThrow(
        ForbiddenError,
      );
    }
    expect((await threadRow(threadId)).replyCount).toBe(0);
    expect(
      await db.select().from(communityVotes).where(eq(communityVotes.postId, postId)),
    ).toHaveLength(0);
  });
});

describe("editing and deleting", () => {
  it("keeps history, bumps the version, and refuses an edit from a stale version with the current text", async () => {
    const asker = await member();
    const { threadId, postId } = await ask(asker);
    const first = await editPost(
      asker,
      {
        postId,
        version: 1,
        body: "Second text, more detail here.",
        title: "A better title for my question",
      },
      tick(),
    );
    expect(first).toMatchObject({ version: 2, title: "A better title for my question" });
    expect((await threadRow(threadId)).slug).toBe("a-better-title-for-my-question");
    const stale = await editPost(
      asker,
      { postId, version: 1, body: "Edited in another tab" },
      tick(),
    ).catch((e) => e);
    expect(stale).toBeInstanceOf(VersionConflictError);
    expect(stale.current).toEqual({
      body: "Second text, more detail here.",
      title: "A better title for my question",
      version: 2,
    });
    const revisions = await db
      .select()
      .from(communityPostRevisions)
      .where(eq(communityPostRevisions.postId, postId));
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, editorId: asker.id });
    expect(revisions[0]!.title).toMatch(/How do I document judging/);
  });

  it("two editors saving the same version at once: one wins, the other gets a conflict", async () => {
    const asker = await member();
    const { postId } = await ask(asker);
    const results = await Promise.allSettled([
      editPost(asker, { postId, version: 1, body: "Edit from tab one" }, tick()),
      editPost(asker, { postId, version: 1, body: "Edit from tab two" }, tick()),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(VersionConflictError);
    expect((await postRow(postId)).version).toBe(2);
  });

  it("only the author edits or deletes; a reply has no title", async () => {
    const asker = await member();
    const stranger = await member();
    const moderator = await member({ role: "moderator" });
    const { threadId, postId } = await ask(asker);
    const r = await answer(stranger, threadId);
    for (const who of [stranger, moderator]) {
      await expect(
        editPost(who, { postId, version: 1, body: "Hijacked text" }, tick()),
      ).rejects.toThrow(ForbiddenError);
      await expect(deletePost(who, postId, tick())).rejects.toThrow(ForbiddenError);
    }
    await expect(
      editPost(
        stranger,
        { postId: r.postId, version: 1, body: "Fine text", title: "A title for a reply" },
        tick(),
      ),
    ).rejects.toThrow(ValidationError);
    expect((await postRow(postId)).body).toMatch(/papers/);
  });

  it("soft-deletes: a reply leaves the counters and the accepted answer; an opening post with replies keeps the thread", async () => {
    const asker = await member();
    const helper = await member();
    const { threadId, postId } = await ask(asker);
    const r = await answer(helper, threadId);
    await acceptAnswer(asker, { threadId, postId: r.postId }, tick());
    await deletePost(helper, r.postId, tick());
    expect(await threadRow(threadId)).toMatchObject({ replyCount: 0, acceptedPostId: null });
    expect((await postRow(r.postId)).deletedAt).not.toBeNull();
    await expect(
      editPost(helper, { postId: r.postId, version: 1, body: "Back again" }, tick()),
    ).rejects.toThrow(ConflictError);

    const r2 = await answer(helper, threadId);
    expect((await deletePost(asker, postId, tick())).threadDeleted).toBe(false);
    expect((await threadRow(threadId)).deletedAt).toBeNull();
    expect((await postRow(r2.postId)).deletedAt).toBeNull();

    const lonely = await ask(asker);
    expect((await deletePost(asker, lonely.postId, tick())).threadDeleted).toBe(true);
    expect((await threadRow(lonely.threadId)).deletedAt).not.toBeNull();
  });
});

describe("votes", () => {
  it("one per member per post, never on one's own; the thread follows its opening post", async () => {
    const asker = await member();
    const a = await member();
    const b = await member();
    const { threadId, postId } = await ask(asker);
    await expect(vote(asker, { postId, up: true }, tick())).rejects.toThrow("your own post");
    const [x, y] = await Promise.all([
      vote(a, { postId, up: true }, tick()),
      vote(a, { postId, up: true }, tick()),
    ]);
    expect([x.voted, y.voted]).toEqual([true, true]);
    await vote(b, { postId, up: true }, tick());
    expect((await postRow(postId)).voteScore).toBe(2);
    expect((await threadRow(threadId)).voteScore).toBe(2);
    const back = await vote(a, { postId, up: false }, tick());
    expect(back).toMatchObject({ voted: false, voteScore: 1 });
    await vote(a, { postId, up: false }, tick());
    expect((await threadRow(threadId)).voteScore).toBe(1);

    const r = await answer(b, threadId);
    await vote(a, { postId: r.postId, up: true }, tick());
    expect((await postRow(r.postId)).voteScore).toBe(1);
    expect((await threadRow(threadId)).voteScore).toBe(1);
    await deletePost(b, r.postId, tick());
    await expect(vote(asker, { postId: r.postId, up: true }, tick())).rejects.toThrow(
      ConflictError,
    );
  });
});

describe("accepted answers", () => {
  it("only the asker accepts, only a reply in that thread; it can change; the answerer hears of it", async () => {
    const asker = await member();
    const h1 = await member();
    const h2 = await member();
    const { threadId, postId } = await ask(asker);
    const other = await ask(asker);
    const r1 = await answer(h1, threadId);
    const r2 = await answer(h2, threadId);
    const elsewhere = await answer(h1, other.threadId);

    await expect(acceptAnswer(h1, { threadId, postId: r1.postId }, tick())).rejects.toThrow(
      ForbiddenError,
    );
    await expect(
      acceptAnswer(asker, { threadId, postId: elsewhere.postId }, tick()),
    ).rejects.toThrow(NotFoundError);
    await expect(acceptAnswer(asker, { threadId, postId }, tick())).rejects.toThrow(NotFoundError);

    await acceptAnswer(asker, { threadId, postId: r1.postId }, tick());
    expect((await threadRow(threadId)).acceptedPostId).toBe(r1.postId);
    expect(await notificationsOf(h1.id, "answer_accepted")).toHaveLength(1);
    await acceptAnswer(asker, { threadId, postId: r2.postId }, tick());
    expect((await threadRow(threadId)).acceptedPostId).toBe(r2.postId);
    expect(await notificationsOf(h2.id, "answer_accepted")).toHaveLength(1);
    await acceptAnswer(asker, { threadId, postId: null }, tick());
    expect((await threadRow(threadId)).acceptedPostId).toBeNull();
  });

  it("discussions have no accepted answer", async () => {
    const asker = await member();
    const helper = await member();
    const { threadId } = await ask(asker, { kind: "discussion" });
    const r = await answer(helper, threadId);
    await expect(acceptAnswer(asker, { threadId, postId: r.postId }, tick())).rejects.toThrow(
      ConflictError,
    );
  });
});

describe("posting limits", () => {
  it("at least 5 seconds between posts, and the refusal says when", async () => {
    const asker = await member();
    const now = tick();
    const { threadId } = await ask(asker, {}, now);
    const err = await answer(
      asker,
      threadId,
      "A quick follow-up",
      new Date(now.getTime() + 2000),
    ).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.retryAfterSeconds).toBe(3);
    expect(err.message).toContain("You can post again in 3 seconds");
    await answer(asker, threadId, "A quick follow-up", new Date(now.getTime() + 5000));
  });

  it("the same text again within 5 minutes is refused", async () => {
    const asker = await member();
    const { threadId } = await ask(asker);
    const start = tick();
    await answer(asker, threadId, "Same words here", start);
    const err = await answer(
      asker,
      threadId,
      "  same   WORDS here ",
      new Date(start.getTime() + 60_000),
    ).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.retryAfterSeconds).toBe(240);
    expect(err.message).toContain("4 minutes");
    await answer(asker, threadId, "Same words here", new Date(start.getTime() + 301_000));
    tick(400);
  });

  it("a new account may start 3 threads in its first day; the refusal says when it can post again", async () => {
    const joined = Date.now() - 3_600_000;
    const newbie = await member({ createdAt: new Date(joined) });
    const start = Date.now();
    for (let i = 0; i < 3; i++) await ask(newbie, {}, new Date(start + i * 10_000));
    const err = await ask(newbie, {}, new Date(start + 30_000)).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.message).toContain("3 new threads a day in your account's first day");
    // The first day ends 23 hours after `joined`, before the first thread is a day old.
    const expected = Math.ceil((joined + 86_400_000 - (start + 30_000)) / 1000);
    expect(err.retryAfterSeconds).toBe(expected);
    expect(
      await db.select().from(communityThreads).where(eq(communityThreads.authorId, newbie.id)),
    ).toHaveLength(3);
  });

  it("a new account may post 10 replies in its first day", async () => {
    const newbie = await member({ createdAt: new Date() });
    const asker = await member();
    const { threadId } = await ask(asker);
    const start = Date.now();
    for (let i = 0; i < 10; i++)
      await answer(newbie, threadId, `Reply ${i}`, new Date(start + i * 6000));
    await expect(answer(newbie, threadId, "Reply 10", new Date(start + 60_000))).rejects.toThrow(
      "10 replies a day",
    );
  });

  it("a double-submitted form creates one thread and one reply", async () => {
    const asker = await member();
    const k = key();
    const now = tick();
    const input = {
      category: "letters" as const,
      kind: "question" as const,
      title: "Who should write my recommendation letters?",
      body: "I have three former managers and two collaborators abroad. Who counts most?",
      pathways: [],
      criteria: [],
      anonymous: false,
      idempotencyKey: k,
    };
    const [a, b] = await Promise.all([
      createThread(asker, input, now),
      createThread(asker, input, now),
    ]);
    expect(a.threadId).toBe(b.threadId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(
      await db.select().from(communityThreads).where(eq(communityThreads.authorId, asker.id)),
    ).toHaveLength(1);

    const helper = await member();
    const rk = key();
    const at = tick();
    const replyInput = {
      threadId: a.threadId,
      body: "Independent experts first.",
      idempotencyKey: rk,
    };
    const [x, y] = await Promise.all([
      reply(helper, replyInput, at),
      reply(helper, replyInput, at),
    ]);
    expect(x.postId).toBe(y.postId);
    expect((await threadRow(a.threadId)).replyCount).toBe(1);
  });
});
