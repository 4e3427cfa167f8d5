// The seed inserts fixed emails, so every seed assertion lives in this one file (one database).
import { asc, eq, inArray, like, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  checklistItems,
  communityPosts,
  communityThreads,
  communityVotes,
  mentorProfiles,
  mentorshipMessages,
  mentorshipRequests,
  users,
} from "@/db/schema";
import { feedbackSummary } from "@/lib/mentors/stats";
import { demoPeople } from "@/db/seed/demo-people";
import { verifyCredentials } from "@/lib/auth/accounts";
import { DEMO_PASSWORD } from "@/tests/factories";
import { freshIp } from "./helpers";

const GENERATED = "%@members.landed.test";
const demoEmails = demoPeople.map((p) => p.email);

/** Each `npm run db:seed` is a new process: load the seed (and its seeded faker) afresh. */
async function seedAsNewProcess(options: { scale?: number } = {}) {
  vi.resetModules();
  const { seedDatabase } = await import("@/db/seed");
  return seedDatabase(db, options);
}

async function generatedInNewProcess(n: number): Promise<string[]> {
  vi.resetModules();
  const { buildMember } = await import("@/tests/factories");
  return Array.from({ length: n }, (_, i) => buildMember(i).email);
}

async function generatedEmails(): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(like(users.email, GENERATED))
    .orderBy(asc(users.email));
  return rows.map((r) => r.email);
}

async function userCount(): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row!.n;
}

describe("seedDatabase", () => {
  let firstTwenty: string[] = [];

  it("at --scale 0.1 creates the 12 demo accounts and 20 generated members", async () => {
    expect(await userCount()).toBe(0);
    expect(await seedAsNewProcess({ scale: 0.1 })).toEqual({
      demoAccounts: 12,
      generatedMembers: 20,
    });
    expect(
      await db.select({ email: users.email }).from(users).where(inArray(users.email, demoEmails)),
    ).toHaveLength(12);
    firstTwenty = await generatedEmails();
    expect(firstTwenty).toHaveLength(20);
    expect(await userCount()).toBe(32);
  });

  it("at the default scale adds the other 180 members; the first 20 are the same people", async () => {
    expect(await seedAsNewProcess()).toEqual({ demoAccounts: 12, generatedMembers: 200 });
    const emails = await generatedEmails();
    expect(emails).toHaveLength(200);
    expect(emails).toEqual(expect.arrayContaining(firstTwenty));
    expect(emails).toEqual([...(await generatedInNewProcess(200))].sort());
    expect(await userCount()).toBe(212);
  });

  it("gives the demo people their roles, verifies them, and lets each sign in with the demo password", async () => {
    const rows = await db.select().from(users).where(inArray(users.email, demoEmails));
    const byEmail = new Map(rows.map((u) => [u.email, u]));
    expect(byEmail.get("admin@example.com")?.role).toBe("admin");
    expect(byEmail.get("moderator@example.com")?.role).toBe("moderator");
    for (const person of demoPeople) {
      const user = byEmail.get(person.email);
      expect(user, person.email).toMatchObject({
        role: person.role,
        handle: person.handle,
        displayName: person.displayName,
        status: "active",
      });
      expect(user?.emailVerifiedAt, person.email).toBeInstanceOf(Date);
      const result = await verifyCredentials(person.email, DEMO_PASSWORD, freshIp());
      expect(result.ok ? result.user.id : result, person.email).toBe(user?.id);
    }
    expect(rows.filter((u) => u.role === "member")).toHaveLength(10);
  });

  it("makes the generated people verified members who can sign in too", async () => {
    const rows = await db.select().from(users).where(like(users.email, GENERATED));
    expect(
      rows.every((u) => u.role === "member" && u.status === "active" && u.emailVerifiedAt !== null),
    ).toBe(true);
    expect(new Set(rows.map((u) => u.handle)).size).toBe(200);
    const sample = rows.find((u) => u.email === firstTwenty[7]);
    expect((await verifyCredentials(sample!.email, DEMO_PASSWORD, freshIp())).ok).toBe(true);
    expect((await verifyCredentials(sample!.email, "not-the-demo-password", freshIp())).ok).toBe(
      false,
    );
  });

  it("run again adds nothing and changes nothing", async () => {
    const snapshot = () =>
      db
        .select({
          id: users.id,
          email: users.email,
          hash: users.passwordHash,
          updatedAt: users.updatedAt,
        })
        .from(users)
        .orderBy(asc(users.id));
    const before = await snapshot();
    const requestsBefore = await db
      .select()
      .from(mentorshipRequests)
      .orderBy(asc(mentorshipRequests.id));
    await seedAsNewProcess();
    expect(await snapshot()).toEqual(before);
    expect(await db.select().from(mentorshipRequests).orderBy(asc(mentorshipRequests.id))).toEqual(
      requestsBefore,
    );
    expect(await userCount()).toBe(212);
  });

  it("is deterministic: two runs generate the same people", async () => {
    const a = await generatedInNewProcess(200);
    const b = await generatedInNewProcess(200);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(200);
    const [admin] = await db.select().from(users).where(eq(users.email, "admin@example.com"));
    expect(admin?.createdAt.toISOString()).toBe("2025-09-01T12:00:00.000Z");
  });

  it("gives the demo story its mentorships: Wei with Lin, Amara waiting on Kwame, Yuki full, Arjun rated", async () => {
    const people = await db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, demoEmails));
    const id = (email: string) => people.find((p) => p.email === email)!.id;
    const requests = await db.select().from(mentorshipRequests);
    const between = (a: string, m: string) =>
      requests.find((r) => r.applicantId === id(a) && r.mentorId === id(m));

    const weiLin = between("wei@example.com", "lin@example.com");
    expect(weiLin?.state).toBe("accepted");
    const messages = await db
      .select()
      .from(mentorshipMessages)
      .where(eq(mentorshipMessages.requestId, weiLin!.id));
    expect(messages.length).toBeGreaterThanOrEqual(3);
    const checklist = await db
      .select()
      .from(checklistItems)
      .where(eq(checklistItems.requestId, weiLin!.id));
    expect(checklist.map((c) => c.criterion).sort()).toEqual([
      "balance",
      "merit_importance",
      "well_positioned",
    ]);
    expect(checklist.find((c) => c.criterion === "merit_importance")?.status).toBe("drafted");

    const amara = between("amara@example.com", "kwame@example.com");
    expect(amara?.state).toBe("pending");
    expect(amara!.deadlineAt.getTime()).toBeGreaterThan(Date.now());
    expect(between("diego@example.com", "olena@example.com")?.state).toBe("declined");
    // Priya has no request yet: the demo shows her asking Arjun.
    expect(requests.some((r) => r.applicantId === id("priya@example.com"))).toBe(false);

    const [yuki] = await db
      .select()
      .from(mentorProfiles)
      .where(eq(mentorProfiles.userId, id("yuki@example.com")));
    expect(yuki?.activeMentees).toBe(yuki?.capacity);
    expect(
      requests.filter((r) => r.mentorId === id("yuki@example.com") && r.state === "accepted"),
    ).toHaveLength(2);

    const ratings = await feedbackSummary([id("arjun@example.com"), id("lin@example.com")]);
    expect(ratings.get(id("arjun@example.com"))).toMatchObject({ count: 3 });
    expect(ratings.get(id("lin@example.com"))).toBeNull();
  });

  it("fills the community with threads whose counters match their posts and votes", async () => {
    const threads = await db.select().from(communityThreads);
    expect(threads.length).toBeGreaterThanOrEqual(40);
    const counts = await db
      .select({
        threadId: communityPosts.threadId,
        replies: sql<number>`(count(*) filter (where not ${communityPosts.isOpening}))::int`,
        openingVotes: sql<number>`(max(${communityPosts.voteScore}) filter (where ${communityPosts.isOpening}))::int`,
      })
      .from(communityPosts)
      .groupBy(communityPosts.threadId);
    const byThread = new Map(counts.map((c) => [c.threadId, c]));
    for (const t of threads) {
      expect(byThread.get(t.id)?.replies, t.title).toBe(t.replyCount);
      expect(byThread.get(t.id)?.openingVotes, t.title).toBe(t.voteScore);
    }
    const votes = await db
      .select({
        postId: communityVotes.postId,
        n: sql<number>`count(*)::int`,
      })
      .from(communityVotes)
      .groupBy(communityVotes.postId);
    const posts = await db.select().from(communityPosts);
    const votesOf = new Map(votes.map((v) => [v.postId, v.n]));
    for (const p of posts) expect(votesOf.get(p.id) ?? 0).toBe(p.voteScore);

    const judging = threads.find((t) => t.title.startsWith("Does peer review for conferences"));
    const accepted = posts.find((p) => p.id === judging?.acceptedPostId);
    const [arjun] = await db.select().from(users).where(eq(users.email, "arjun@example.com"));
    expect(accepted?.authorId).toBe(arjun?.id);
    expect(accepted?.authorVerifiedMentor).toBe(true);
    expect(judging?.hasMentorAnswer).toBe(true);
    expect(threads.some((t) => t.anonymous)).toBe(true);
  });

  // buildMember(i) must give the same person on every call, or a second run adds new members.
  it("run twice in the same process adds nothing", async () => {
    const { seedDatabase } = await import("@/db/seed");
    const before = await userCount();
    await seedDatabase(db);
    await seedDatabase(db);
    expect(await userCount()).toBe(before);
  });
});
