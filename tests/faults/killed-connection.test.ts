// A connection killed (pg_terminate_backend) in the middle of a multi-step write leaves all or
// nothing: each write is stopped half-way by a table lock the test holds (so its earlier steps
// are done), its backend is killed, and nothing of it remains; the same form sent again then
// succeeds once, on the same pool.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { and, eq, sql as dsql } from "drizzle-orm";
import type postgres from "postgres";
import { connectPostgres, db } from "@/db/client";
import {
  appSettings,
  checklistItems,
  communityFollows,
  communityPosts,
  communityThreads,
  emailOutbox,
  mentorProfiles,
  mentorshipRequests,
  notifications,
  applicantProfiles,
} from "@/db/schema";
import { createThread, reply } from "@/lib/community/posting";
import { moveRequest } from "@/lib/mentorship/moves";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { key, member } from "@/tests/integration/community-fixtures";
import { insertUser } from "@/tests/integration/helpers";
import { adminSql, useFreshDatabase } from "./database";
import { holdTableLock, report, sleep, terminate, timed, waitForBlockedBackend } from "./helpers";

let database: Awaited<ReturnType<typeof useFreshDatabase>>;
let admin: postgres.Sql;
let monitor: postgres.Sql;
const figures: Record<string, unknown> = {};

beforeAll(async () => {
  database = await useFreshDatabase(10);
  admin = adminSql(database.name);
  monitor = adminSql(database.name);
});

afterAll(async () => {
  report("killed-connection", figures);
  await admin?.end();
  await monitor?.end();
  await database?.drop();
});

let clock = Date.now();
const tick = () => new Date((clock += 10_000));

async function threadRow(id: string) {
  const [row] = await db.select().from(communityThreads).where(eq(communityThreads.id, id));
  return row!;
}

/** Starts `write`, lets it run until it waits on the lock on `table`, kills it, and returns its error. */
async function killMidWrite(table: string, write: () => Promise<unknown>) {
  const lock = await holdTableLock(admin, table);
  const pending = write().then(
    () => null,
    (err: unknown) => err,
  );
  const blocked = await waitForBlockedBackend(monitor, database.name);
  // Its earlier steps are done: the statement it waits on is the write to the locked table.
  expect(blocked.query.toLowerCase()).toContain(`into "${table}"`);
  await terminate(monitor, blocked.pid);
  await lock.release();
  const { ms, value: err } = await timed(() => pending);
  return { err: err as Error | null, ms };
}

describe("a connection killed during a multi-step write", () => {
  it("runs on the patched postgres.js (patches/postgres+3.4.9.patch, applied by `npm install`)", () => {
    // Both builds Node may load: ESM (import, vitest) and CommonJS (require).
    // require() resolves to cjs/src/index.js (package.json is not exported).
    const root = path.resolve(
      path.dirname(createRequire(import.meta.url).resolve("postgres")),
      "../..",
    );
    for (const build of ["src", "cjs/src"]) {
      for (const file of ["index.js", "connection.js"]) {
        expect(fs.readFileSync(path.join(root, build, file), "utf8")).toContain("patched");
      }
    }
  });

  it("a reply (post, thread counters, follow, notifications): nothing of it stays; sent again, it is one post", async () => {
    const asker = await member();
    const helper = await member();
    const t = await createThread(
      asker,
      {
        category: "evidence-criteria",
        kind: "question",
        title: "Does peer review for a workshop count as judging?",
        body: "I reviewed twelve workshop papers last year. Does it count for EB-1A judging?",
        pathways: ["eb1a"],
        criteria: ["judging"],
        anonymous: false,
        idempotencyKey: key(),
      },
      tick(),
    );
    const before = await threadRow(t.threadId);
    const input = {
      threadId: t.threadId,
      body: "Yes, keep the invitations.",
      idempotencyKey: key(),
    };

    // Post inserted and the thread's counters updated; killed at the follow.
    const { err, ms } = await killMidWrite("community_follows", () => reply(helper, input, tick()));
    expect(err).toBeInstanceOf(Error);
    figures.replyKilledErrorMs = ms;

    expect(
      await db.select().from(communityPosts).where(eq(communityPosts.authorId, helper.id)),
    ).toEqual([]);
    const after = await threadRow(t.threadId);
    expect(after.replyCount).toBe(before.replyCount);
    expect(after.lastActivityAt).toEqual(before.lastActivityAt);
    expect(
      await db.select().from(communityFollows).where(eq(communityFollows.userId, helper.id)),
    ).toEqual([]);
    expect(
      await db.select().from(notifications).where(eq(notifications.recipientId, asker.id)),
    ).toEqual([]);

    // The pool replaced the killed connection: the same form sent again posts once.
    const { ms: retryMs, value: again } = await timed(() => reply(helper, input, tick()));
    figures.replyRetryMs = retryMs;
    expect(again.created).toBe(true);
    const again2 = await reply(helper, input, tick());
    expect(again2).toMatchObject({ postId: again.postId, created: false });
    expect((await threadRow(t.threadId)).replyCount).toBe(before.replyCount + 1);
    expect(
      await db.select().from(communityPosts).where(eq(communityPosts.authorId, helper.id)),
    ).toHaveLength(1);
  });

  it("a new thread (thread, opening post, follow): no thread without its post, and no post without its thread", async () => {
    const asker = await member();
    const input = {
      category: "evidence-criteria" as const,
      kind: "question" as const,
      title: "Is a keynote at a national conference evidence of original contributions?",
      body: "I gave two keynotes in 2025. Which criterion do they support best?",
      pathways: ["eb1a" as const],
      criteria: [],
      anonymous: false,
      idempotencyKey: key(),
    };
    const { err } = await killMidWrite("community_follows", () =>
      createThread(asker, input, tick()),
    );
    expect(err).toBeInstanceOf(Error);
    expect(
      await db.select().from(communityThreads).where(eq(communityThreads.authorId, asker.id)),
    ).toEqual([]);
    expect(
      await db.select().from(communityPosts).where(eq(communityPosts.authorId, asker.id)),
    ).toEqual([]);

    const created = await createThread(asker, input, tick());
    expect(created.created).toBe(true);
    expect(await createThread(asker, input, tick())).toMatchObject({
      threadId: created.threadId,
      created: false,
    });
  });

  it("accepting a mentorship (seat taken, checklist, state, notification): the seat is not lost and the request stays pending", async () => {
    const applicant = await insertUser();
    await db
      .insert(applicantProfiles)
      .values({ userId: applicant.id, targetPathways: ["eb1a", "eb2_niw"] });
    const mentor = await insertUser();
    await db.insert(mentorProfiles).values({ userId: mentor.id, bio: "Mentor", capacity: 1 });
    const request = await requestMentorship(
      { id: applicant.id },
      {
        mentorId: mentor.id,
        goals: "File EB-1A",
        message: "Could you help?",
        idempotencyKey: key(),
      },
    );
    const outboxBefore = await db.select({ n: dsql<number>`count(*)::int` }).from(emailOutbox);

    // Seat counted, checklist written, request moved to accepted; killed at the notification.
    const { err } = await killMidWrite("notifications", () =>
      moveRequest(mentor, request.id, { action: "accept" }),
    );
    expect(err).toBeInstanceOf(Error);

    const [row] = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.id, request.id));
    expect(row).toMatchObject({ state: "pending", acceptedAt: null });
    const [profile] = await db
      .select()
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, mentor.id));
    expect(profile).toMatchObject({ activeMentees: 0, pendingRequests: 1 });
    expect(
      await db.select().from(checklistItems).where(eq(checklistItems.requestId, request.id)),
    ).toEqual([]);
    expect(
      await db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.recipientId, applicant.id),
            eq(notifications.type, "request_accepted"),
          ),
        ),
    ).toEqual([]);
    expect(await db.select({ n: dsql<number>`count(*)::int` }).from(emailOutbox)).toEqual(
      outboxBefore,
    );

    // The one seat is still free: accepting again works, once.
    const accepted = await moveRequest(mentor, request.id, { action: "accept" });
    expect(accepted.state).toBe("accepted");
    const [seat] = await db
      .select()
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, mentor.id));
    expect(seat).toMatchObject({ activeMentees: 1, pendingRequests: 0 });
    expect(
      (await db.select().from(checklistItems).where(eq(checklistItems.requestId, request.id)))
        .length,
    ).toBeGreaterThan(0);
  });

  it("a transaction killed while its code awaits other work: none of its later statements is committed (not even inside the next transaction on the slot), and the slot works again", async () => {
    // postgres.js 3.4.9 unpatched: the paused code's insert ran on the reconnected connection,
    // inside the next transaction, and its automatic commit committed that one (patches/).
    const single = connectPostgres(database.url, { max: 1 });
    try {
      let resume!: () => void;
      const paused = new Promise<void>((r) => (resume = r));
      let inside!: () => void;
      const started = new Promise<void>((r) => (inside = r));
      const first = single.db
        .transaction(async (tx) => {
          await tx.insert(appSettings).values({ key: "killed-a1", value: 1 });
          inside();
          await paused; // awaiting something else (a file, an HTTP call) when it is killed
          await tx.insert(appSettings).values({ key: "killed-a2", value: 2 });
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      await started;
      let victim: { pid: number } | undefined;
      while (!victim) {
        [victim] = await monitor<{ pid: number }[]>`
          select pid from pg_stat_activity
          where datname = ${database.name} and application_name = 'landed'
            and state = 'idle in transaction'`;
        if (!victim) await sleep(10);
      }
      await terminate(monitor, victim.pid);
      expect(await first).toBeInstanceOf(Error);

      // The next transaction takes the only slot (a new connection) while the first one's code
      // goes on.
      const second = await single.db
        .transaction(async (tx) => {
          await tx.insert(appSettings).values({ key: "killed-b1", value: 3 });
          resume();
          await sleep(300);
          throw new Error("the second transaction changes its mind");
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      expect((second as Error).message).toBe("the second transaction changes its mind");
      const rows = await db.select().from(appSettings);
      expect(rows.filter((r) => r.key.startsWith("killed-"))).toEqual([]);

      const { ms } = await timed(() => single.db.execute(dsql`select 1`));
      figures.idleKilledSlotNextQueryMs = ms;
      expect(ms).toBeLessThan(1_000);
    } finally {
      await single.close();
    }
  });

  it("connections killed at random while 30 members reply: counters match the rows, and retries post each reply once", async () => {
    const asker = await member();
    const t = await createThread(
      asker,
      {
        category: "evidence-criteria",
        kind: "question",
        title: "What counts as a major award for EB-1A?",
        body: "Is a best-paper award at a top conference a major award or a lesser one?",
        pathways: ["eb1a"],
        criteria: ["awards"],
        anonymous: false,
        idempotencyKey: key(),
      },
      tick(),
    );
    const repliers = await Promise.all(Array.from({ length: 30 }, () => member()));
    const now = tick();
    const inputs = repliers.map((m, i) => ({
      member: m,
      input: {
        threadId: t.threadId,
        body: `Answer ${i}: a lesser award, usually.`,
        idempotencyKey: key(),
      },
    }));

    let kills = 0;
    let killing = true;
    const killer = (async () => {
      while (killing && kills < 20) {
        const rows = await monitor<{ pid: number }[]>`
          select pid from pg_stat_activity
          where datname = ${database.name} and application_name = 'landed' and state <> 'idle'`;
        const victim = rows[Math.floor(Math.random() * rows.length)];
        if (victim) {
          await monitor`select pg_terminate_backend(${victim.pid})`;
          kills += 1;
        }
        await sleep(20 + Math.random() * 60);
      }
    })();

    // Every member sends their reply, and sends it again (same form) until it goes through.
    let failures = 0;
    const results = await Promise.all(
      inputs.map(async ({ member: m, input }) => {
        let last: unknown;
        for (let attempt = 0; attempt < 20; attempt++) {
          try {
            return await reply(m, input, now);
          } catch (err) {
            last = err;
            failures += 1;
            await sleep(20);
          }
        }
        throw new Error(`a reply never went through: ${String(last)}`);
      }),
    );
    killing = false;
    await killer;
    figures.randomKills = kills;
    figures.randomKillFailedAttempts = failures;
    expect(kills).toBeGreaterThan(0);
    expect(failures).toBeGreaterThan(0);

    const posts = await db
      .select()
      .from(communityPosts)
      .where(and(eq(communityPosts.threadId, t.threadId), eq(communityPosts.isOpening, false)));
    expect(posts).toHaveLength(30);
    expect(new Set(posts.map((p) => p.idempotencyKey)).size).toBe(30);
    expect(new Set(results.map((r) => r.postId))).toEqual(new Set(posts.map((p) => p.id)));
    expect((await threadRow(t.threadId)).replyCount).toBe(30);
    const follows = await db
      .select()
      .from(communityFollows)
      .where(eq(communityFollows.threadId, t.threadId));
    expect(follows).toHaveLength(31); // the asker and every replier, each once
  });
});
