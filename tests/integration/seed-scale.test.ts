// The benchmark data set (`npm run db:seed -- --scale N`): the counts docs/performance.md asks for,
// counters that agree with the rows they count, and a second run that inserts nothing.
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { scaleCounts, seedScale, SCALE_EMAIL_DOMAIN } from "@/db/seed/scale";

const SCALE = 0.005;

async function one<T>(query: ReturnType<typeof sql>): Promise<T> {
  const result = await db.execute(query);
  return (result as unknown as { rows?: T[] }).rows?.[0] ?? (result as unknown as T[])[0]!;
}

async function tally() {
  return one<{
    users: number;
    mentors: number;
    content: number;
    threads: number;
    posts: number;
    requests: number;
  }>(sql`
    select
      (select count(*)::int from users where email like ${`%@${SCALE_EMAIL_DOMAIN}`}) as users,
      (select count(*)::int from mentor_profiles) as mentors,
      (select count(*)::int from content_items) as content,
      (select count(*)::int from community_threads) as threads,
      (select count(*)::int from community_posts where not is_opening) as posts,
      (select count(*)::int from mentorship_requests) as requests`);
}

describe("seedScale", () => {
  beforeAll(async () => {
    await seedScale(db, SCALE, { passwordHash: "x", now: new Date("2026-11-01T00:00:00Z") });
  });

  it("at scale 1 means the data set of docs/performance.md", () => {
    expect(scaleCounts(1)).toEqual({
      members: 20_000,
      mentors: 2_000,
      content: 2_000,
      threads: 20_000,
      replies: 200_000,
      mentorships: 5_000,
    });
    expect(scaleCounts(10).replies).toBe(2_000_000);
  });

  it("inserts the counts of its scale", async () => {
    const expected = scaleCounts(SCALE);
    expect(await tally()).toEqual({
      users: expected.members,
      mentors: expected.mentors,
      content: expected.content,
      threads: expected.threads,
      posts: expected.replies,
      requests: expected.mentorships,
    });
  });

  it("keeps every counter equal to the rows it counts, and no mentor over capacity", async () => {
    const wrong = await one<{
      replies: number;
      mentees: number;
      pending: number;
      over: number;
      answers: number;
    }>(sql`
      select
        (select count(*)::int from community_threads t
          where t.reply_count <> (select count(*) from community_posts p where p.thread_id = t.id and not p.is_opening)) as replies,
        (select count(*)::int from mentor_profiles m
          where m.active_mentees <> (select count(*) from mentorship_requests r where r.mentor_id = m.user_id and r.state = 'accepted')) as mentees,
        (select count(*)::int from mentor_profiles m
          where m.pending_requests <> (select count(*) from mentorship_requests r where r.mentor_id = m.user_id and r.state = 'pending')) as pending,
        (select count(*)::int from mentor_profiles where active_mentees > capacity) as over,
        (select count(*)::int from community_threads t
          where t.has_mentor_answer <> exists (select 1 from community_posts p where p.thread_id = t.id and not p.is_opening and p.author_verified_mentor)) as answers`);
    expect(wrong).toEqual({ replies: 0, mentees: 0, pending: 0, over: 0, answers: 0 });
  });

  it("has threads with exactly 50 replies (the benchmark's thread page) and accepted answers", async () => {
    const row = await one<{ fifty: number; accepted: number }>(sql`
      select (select count(*)::int from community_threads where reply_count = 50) as fifty,
             (select count(*)::int from community_threads where accepted_post_id is not null) as accepted`);
    expect(row.fifty).toBeGreaterThan(0);
    expect(row.accepted).toBeGreaterThan(0);
  });

  it("inserts nothing the second time", async () => {
    const before = await tally();
    await seedScale(db, SCALE, { passwordHash: "x", now: new Date("2026-11-02T00:00:00Z") });
    expect(await tally()).toEqual(before);
  });
});
