// Many clients at once (50, each sending its form twice, on a pool of 10 like a server's): no
// duplicate threads, replies or mentorship requests, and a mentor's capacity is never exceeded.
import { and, eq, inArray } from "drizzle-orm";
import { db } from "@/db/client";
import {
  applicantProfiles,
  checklistItems,
  communityPosts,
  communityThreads,
  mentorProfiles,
  mentorshipRequests,
  notifications,
} from "@/db/schema";
import { createThread, reply } from "@/lib/community/posting";
import { ConflictError } from "@/lib/errors";
import { moveRequest } from "@/lib/mentorship/moves";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { key, member } from "@/tests/integration/community-fixtures";
import { useFreshDatabase } from "./database";
import { report, timed } from "./helpers";

const CLIENTS = 50;
let database: Awaited<ReturnType<typeof useFreshDatabase>>;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  // Contention, not timeouts, is under test here: 100 replies queue on one thread's row, and on a
  // loaded machine the last of them waits past the suite's 2 s statement_timeout.
  database = await useFreshDatabase(10, { statementTimeoutMs: 15_000 });
});

afterAll(async () => {
  report("races", figures);
  await database?.drop();
});

const members = (n: number) => Promise.all(Array.from({ length: n }, () => member()));

/** Each client's call, twice at once (a double click, a resent form), all clients together. */
function twiceEach<T, R>(inputs: T[], call: (input: T) => Promise<R>): Promise<[R, R][]> {
  return Promise.all(inputs.map((i) => Promise.all([call(i), call(i)])));
}

describe(`${CLIENTS} clients at once, each submitting twice`, () => {
  it("new threads: one thread and one opening post per form", async () => {
    const authors = await members(CLIENTS);
    const now = new Date();
    const { ms, value: pairs } = await timed(() =>
      twiceEach(authors, (author) =>
        createThread(
          author,
          {
            category: "evidence-criteria",
            kind: "question",
            title: `Judging evidence from ${author.handle}`,
            body: `Does reviewing for a workshop count? Asked by ${author.handle}.`,
            pathways: ["eb1a"],
            criteria: ["judging"],
            anonymous: false,
            idempotencyKey: `thread-${author.id}`,
          },
          now,
        ),
      ),
    );
    figures.threads = { calls: CLIENTS * 2, ms };
    for (const [a, b] of pairs) {
      expect(a.threadId).toBe(b.threadId);
      expect([a.created, b.created].sort()).toEqual([false, true]);
    }
    const ids = authors.map((a) => a.id);
    expect(
      await db.select().from(communityThreads).where(inArray(communityThreads.authorId, ids)),
    ).toHaveLength(CLIENTS);
    expect(
      await db.select().from(communityPosts).where(inArray(communityPosts.authorId, ids)),
    ).toHaveLength(CLIENTS);
  });

  it("replies to one busy thread: one post per form, and the reply count matches", async () => {
    const [asker] = await members(1);
    const thread = await createThread(asker!, {
      category: "evidence-criteria",
      kind: "question",
      title: "Which letters matter most?",
      body: "Independent experts or collaborators: who should write first?",
      pathways: ["eb1a"],
      criteria: [],
      anonymous: false,
      idempotencyKey: key(),
    });
    const repliers = await members(CLIENTS);
    const now = new Date(Date.now() + 60_000);
    const { ms, value: pairs } = await timed(() =>
      twiceEach(repliers, (m) =>
        reply(
          m,
          {
            threadId: thread.threadId,
            body: `Independent experts first, says ${m.handle}.`,
            idempotencyKey: `reply-${m.id}`,
          },
          now,
        ),
      ),
    );
    figures.replies = { calls: CLIENTS * 2, ms };
    for (const [a, b] of pairs) {
      expect(a.postId).toBe(b.postId);
      expect([a.created, b.created].sort()).toEqual([false, true]);
    }
    const posts = await db
      .select()
      .from(communityPosts)
      .where(
        and(eq(communityPosts.threadId, thread.threadId), eq(communityPosts.isOpening, false)),
      );
    expect(posts).toHaveLength(CLIENTS);
    const [row] = await db
      .select()
      .from(communityThreads)
      .where(eq(communityThreads.id, thread.threadId));
    expect(row!.replyCount).toBe(CLIENTS);
  });

  it("mentorship requests to one mentor, then the mentor accepting all at once: never more mentees than seats", async () => {
    const CAPACITY = 3;
    const [mentor] = await members(1);
    await db
      .insert(mentorProfiles)
      .values({ userId: mentor!.id, bio: "EB-1A approved", capacity: CAPACITY });
    const applicants = await members(CLIENTS);
    await db
      .insert(applicantProfiles)
      .values(applicants.map((a) => ({ userId: a.id, targetPathways: ["eb1a" as const] })));

    const { ms: askMs, value: pairs } = await timed(() =>
      twiceEach(applicants, (a) =>
        requestMentorship(
          { id: a.id },
          {
            mentorId: mentor!.id,
            goals: "File EB-1A this year",
            message: "Could you review my evidence plan?",
            idempotencyKey: `request-${a.id}`,
          },
        ),
      ),
    );
    for (const [a, b] of pairs) expect(a.id).toBe(b.id);
    const requests = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.mentorId, mentor!.id));
    expect(requests).toHaveLength(CLIENTS);
    const [afterAsking] = await db
      .select()
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, mentor!.id));
    expect(afterAsking!.pendingRequests).toBe(CLIENTS);

    // The mentor (on several devices) accepts every request at once, each click sent twice.
    const { ms: acceptMs, value: outcomes } = await timed(() =>
      Promise.allSettled(
        requests.flatMap((r) => [
          moveRequest(mentor!, r.id, { action: "accept" }),
          moveRequest(mentor!, r.id, { action: "accept" }),
        ]),
      ),
    );
    figures.mentorship = { requestCalls: CLIENTS * 2, askMs, acceptCalls: CLIENTS * 2, acceptMs };
    const accepted = outcomes.filter((o) => o.status === "fulfilled");
    expect(accepted).toHaveLength(CAPACITY);
    for (const o of outcomes) {
      if (o.status === "rejected") expect(o.reason).toBeInstanceOf(ConflictError);
    }

    const rows = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.mentorId, mentor!.id));
    const acceptedRows = rows.filter((r) => r.state === "accepted");
    expect(acceptedRows).toHaveLength(CAPACITY);
    expect(rows.filter((r) => r.state === "pending")).toHaveLength(CLIENTS - CAPACITY);
    const [profile] = await db
      .select()
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, mentor!.id));
    expect(profile).toMatchObject({
      activeMentees: CAPACITY,
      pendingRequests: CLIENTS - CAPACITY,
    });
    // Side effects once per accepted request, none for the refused ones.
    const acceptedIds = acceptedRows.map((r) => r.id);
    const items = await db
      .select()
      .from(checklistItems)
      .where(
        inArray(
          checklistItems.requestId,
          rows.map((r) => r.id),
        ),
      );
    expect(new Set(items.map((i) => i.requestId))).toEqual(new Set(acceptedIds));
    const told = await db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.type, "request_accepted"),
          inArray(
            notifications.recipientId,
            applicants.map((a) => a.id),
          ),
        ),
      );
    expect(told).toHaveLength(CAPACITY);
  });
});
