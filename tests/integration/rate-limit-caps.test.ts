// docs/security.md #15: per-member daily caps, stricter in an account's first day, on threads,
// replies, reports, mentorship requests and mentorship messages, kept in PostgreSQL. (The 5 s
// gap and the first-day thread and reply caps are in community-posting.test.ts; the counters
// themselves in rate-limit.test.ts.)
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  applicantProfiles,
  communityThreads,
  mentorProfiles,
  mentorshipMessages,
  reports,
  type User,
} from "@/db/schema";
import { postingLimits } from "@/lib/community/posting-limits";
import { RateLimitedError } from "@/lib/errors";
import { moveRequest } from "@/lib/mentorship/moves";
import { requestDailyCap, requestMentorship } from "@/lib/mentorship/requesting";
import { messageDailyCap, postMessage } from "@/lib/mentorship/space/messages";
import { reportDailyCap, reportTarget } from "@/lib/moderation/reports";
import { assertUnderDailyCap, dailyCapLimit, NEW_ACCOUNT_MS } from "@/lib/rate-limit";
import { answer, ask, member } from "./community-fixtures";
import { insertUser } from "./helpers";

const HOUR = 3_600_000;
const MINUTE = 60_000;
/** One in the morning of a UTC day well ahead, so a test's day never crosses midnight. */
function dayStart(offsetDays: number): number {
  const today = Math.floor(Date.now() / 86_400_000) * 86_400_000;
  return today + offsetDays * 86_400_000 + HOUR;
}

async function refused(promise: Promise<unknown>): Promise<RateLimitedError> {
  const err = await promise.then(
    () => new Error("expected a refusal"),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(RateLimitedError);
  return err as RateLimitedError;
}

describe("daily caps", () => {
  const cap = { name: "thing:day", what: "things", newAccount: 2, regular: 9 };

  it("are stricter in an account's first day", () => {
    const joined = new Date(dayStart(1));
    expect(dailyCapLimit(cap, joined, new Date(joined.getTime() + NEW_ACCOUNT_MS - 1))).toBe(2);
    expect(dailyCapLimit(cap, joined, new Date(joined.getTime() + NEW_ACCOUNT_MS))).toBe(9);
    for (const c of [reportDailyCap, requestDailyCap, messageDailyCap])
      expect(c.newAccount).toBeLessThan(c.regular);
  });

  it("say when the member may go on: when the oldest counted one is a day old, or the first day ends", () => {
    const joined = new Date(dayStart(1));
    const now = new Date(joined.getTime() + 2 * HOUR);
    const oldest = new Date(joined.getTime() + HOUR);
    const err = (() => {
      try {
        assertUnderDailyCap(cap, joined, { count: 2, oldest }, now);
      } catch (e) {
        return e as RateLimitedError;
      }
    })();
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err!.message).toContain("You can send 2 things a day in your account's first day");
    expect(err!.retryAfterSeconds).toBe(22 * 3600);
    const regular = new Date(joined.getTime() + 3 * 86_400_000);
    expect(() => assertUnderDailyCap(cap, joined, { count: 8, oldest }, regular)).not.toThrow();
    expect(() =>
      assertUnderDailyCap(
        cap,
        joined,
        { count: 9, oldest: new Date(regular.getTime() - HOUR) },
        regular,
      ),
    ).toThrow("You can send 9 things a day.");
  });
});

describe("threads and replies after the first day", () => {
  it(`an older account may start ${postingLimits.threadsPerDay.regular} threads a day`, async () => {
    const regular = await member();
    const start = dayStart(2);
    for (let i = 0; i < postingLimits.threadsPerDay.regular; i++)
      await ask(regular, {}, new Date(start + i * 10_000));
    const err = await refused(ask(regular, {}, new Date(start + 600_000)));
    expect(err.message).toContain(`${postingLimits.threadsPerDay.regular} new threads a day`);
    const rows = await db
      .select()
      .from(communityThreads)
      .where(eq(communityThreads.authorId, regular.id));
    expect(rows).toHaveLength(postingLimits.threadsPerDay.regular);
  });

  it(`an older account may post ${postingLimits.repliesPerDay.regular} replies a day`, async () => {
    const regular = await member();
    const asker = await member();
    const { threadId } = await ask(asker, {}, new Date(dayStart(3)));
    const start = dayStart(3) + MINUTE;
    const cap = postingLimits.repliesPerDay.regular;
    // 30 posts a minute at most (an attempt limit): 2.5 s apart would trip it, 6 s does not.
    for (let i = 0; i < cap; i++)
      await answer(regular, threadId, `Reply number ${i} here`, new Date(start + i * 6000));
    const err = await refused(
      answer(regular, threadId, "One reply too many", new Date(start + cap * 6000)),
    );
    expect(err.message).toContain(`${cap} replies a day`);
  });
});

describe("reports a day", () => {
  async function reportProfiles(reporter: User, n: number, start: number) {
    for (let i = 0; i < n; i++) {
      const target = await insertUser();
      // 10 an hour at most (an attempt limit): one every 7 minutes stays under it.
      await reportTarget(
        reporter,
        { targetType: "profile", targetId: target.id, reason: "spam", details: null },
        new Date(start + i * 7 * MINUTE),
      );
    }
  }

  it(`a new account may send ${reportDailyCap.newAccount} in its first day`, async () => {
    const start = dayStart(4);
    const newbie = await insertUser({ createdAt: new Date(start - HOUR) });
    await reportProfiles(newbie, reportDailyCap.newAccount, start);
    const target = await insertUser();
    const err = await refused(
      reportTarget(
        newbie,
        { targetType: "profile", targetId: target.id, reason: "spam", details: null },
        new Date(start + 2 * HOUR),
      ),
    );
    expect(err.retryAfterSeconds).toBeGreaterThan(0);
    expect(await db.select().from(reports).where(eq(reports.reporterId, newbie.id))).toHaveLength(
      reportDailyCap.newAccount,
    );
  });

  it(`an older account may send ${reportDailyCap.regular}`, async () => {
    const start = dayStart(5);
    const regular = await insertUser();
    await reportProfiles(regular, reportDailyCap.regular, start);
    const target = await insertUser();
    await refused(
      reportTarget(
        regular,
        { targetType: "profile", targetId: target.id, reason: "spam", details: null },
        new Date(start + 20 * HOUR),
      ),
    );
  });
});

describe("mentorship requests a day", () => {
  async function mentor() {
    const m = await insertUser();
    await db.insert(mentorProfiles).values({ userId: m.id, bio: "Mentor", capacity: 5 });
    return m;
  }
  const ask = (applicant: User, mentorId: string, now: number) =>
    requestMentorship(
      { id: applicant.id },
      {
        mentorId,
        goals: "File NIW",
        message: "Please help",
        idempotencyKey: randomBytes(12).toString("base64url"),
      },
      new Date(now),
    );

  async function sendAndWithdraw(applicant: User, n: number, start: number) {
    for (let i = 0; i < n; i++) {
      const request = await ask(applicant, (await mentor()).id, start + i * MINUTE);
      // Withdrawn at once, so the limit of 3 open requests never decides.
      await moveRequest({ id: applicant.id }, request.id, { action: "withdraw" });
    }
  }

  it(`a new account may send ${requestDailyCap.newAccount} in its first day, even if it withdraws them`, async () => {
    const start = dayStart(6);
    const newbie = await insertUser({ createdAt: new Date(start - HOUR) });
    await db.insert(applicantProfiles).values({ userId: newbie.id, targetPathways: ["eb2_niw"] });
    await sendAndWithdraw(newbie, requestDailyCap.newAccount, start);
    await refused(ask(newbie, (await mentor()).id, start + HOUR));
  });

  it(`an older account may send ${requestDailyCap.regular}`, async () => {
    const start = dayStart(7);
    const regular = await insertUser();
    await db.insert(applicantProfiles).values({ userId: regular.id, targetPathways: ["eb2_niw"] });
    await sendAndWithdraw(regular, requestDailyCap.regular, start);
    await refused(ask(regular, (await mentor()).id, start + HOUR));
  });
});

describe("mentorship messages a day", () => {
  it(`a new account may send ${messageDailyCap.newAccount} in its first day; the refusal writes nothing`, async () => {
    const start = dayStart(8);
    const applicant = await insertUser({ createdAt: new Date(start - HOUR) });
    await db
      .insert(applicantProfiles)
      .values({ userId: applicant.id, targetPathways: ["eb2_niw"] });
    const mentorUser = await insertUser();
    await db.insert(mentorProfiles).values({ userId: mentorUser.id, bio: "Mentor", capacity: 2 });
    const request = await requestMentorship(
      { id: applicant.id },
      {
        mentorId: mentorUser.id,
        goals: "File NIW",
        message: "Please help",
        idempotencyKey: randomBytes(12).toString("base64url"),
      },
      new Date(start),
    );
    await moveRequest({ id: mentorUser.id }, request.id, { action: "accept" });
    // 30 per 10 minutes at most (an attempt limit): one every 30 s stays under it.
    for (let i = 0; i < messageDailyCap.newAccount; i++)
      await postMessage(
        { id: applicant.id },
        request.id,
        `Message ${i}`,
        new Date(start + i * 30_000),
      );
    await refused(
      postMessage({ id: applicant.id }, request.id, "One too many", new Date(start + 4 * HOUR)),
    );
    const rows = await db
      .select()
      .from(mentorshipMessages)
      .where(eq(mentorshipMessages.requestId, request.id));
    expect(rows.filter((r) => r.authorId === applicant.id)).toHaveLength(
      messageDailyCap.newAccount,
    );
  });
});
