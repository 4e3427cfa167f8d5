// Mentor matches rank once (docs/decisions/021-rank-once.md): a member's ranking is reused while
// nothing it was ranked from changed, and ranked again after a change to their profile or
// self-assessment, to any mentor's profile or case records, or to a mentor's standing.
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  applicantProfiles,
  caseRecords,
  matchRankings,
  mentorProfiles,
  users,
  type User,
} from "@/db/schema";
import { getMentorMatches } from "@/lib/matching/queries";
import { insertUser } from "./helpers";

async function mentor(): Promise<User> {
  const u = await insertUser();
  await db
    .insert(mentorProfiles)
    .values({ userId: u.id, bio: "Approved, happy to help.", capacity: 3 });
  await db.insert(caseRecords).values({ mentorUserId: u.id, pathway: "eb1a", outcome: "approved" });
  return u;
}

async function applicant(): Promise<User> {
  const u = await insertUser();
  await db
    .insert(applicantProfiles)
    .values({ userId: u.id, targetPathways: ["eb1a"], languages: ["en"] });
  return u;
}

/** The stored ranking's moment, or null when none is stored. */
async function rankedAt(user: User): Promise<string | null> {
  const [row] = await db
    .select({ at: sql<string>`${matchRankings.rankedAt}::text` })
    .from(matchRankings)
    .where(eq(matchRankings.userId, user.id));
  return row?.at ?? null;
}

/** Whether the next view ranked again (stored a ranking read at a new moment). */
async function ranksAgain(user: User, change?: () => Promise<unknown>): Promise<boolean> {
  await getMentorMatches(user);
  const before = await rankedAt(user);
  if (change) await change();
  await new Promise((r) => setTimeout(r, 5)); // a new moment is a later one
  await getMentorMatches(user);
  return (await rankedAt(user)) !== before;
}

let mentors: User[];
beforeAll(async () => {
  mentors = [await mentor(), await mentor(), await mentor()];
});

describe("mentor matches rank once", () => {
  it("a view with nothing changed reuses the ranking and shows the same matches", async () => {
    const reader = await applicant();
    const first = (await getMentorMatches(reader))!;
    const again = (await getMentorMatches(reader))!;
    expect(again.map((m) => m.mentor.userId)).toEqual(first.map((m) => m.mentor.userId));
    expect(again.map((m) => m.score)).toEqual(first.map((m) => m.score));
    expect(await ranksAgain(reader)).toBe(false);
  });

  it("ranks again after the member's profile changes, or a mentor's profile, case or standing", async () => {
    const reader = await applicant();
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
        db
          .update(mentorProfiles)
          .set({ capacity: 1 })
          .where(eq(mentorProfiles.userId, mentors[0]!.id)),
      ),
    ).toBe(true);
    expect(
      await ranksAgain(reader, () =>
        db
          .update(caseRecords)
          .set({ verificationStatus: "verified" })
          .where(eq(caseRecords.mentorUserId, mentors[1]!.id)),
      ),
    ).toBe(true);
    expect(
      await ranksAgain(reader, () =>
        db.update(users).set({ status: "suspended" }).where(eq(users.id, mentors[2]!.id)),
      ),
    ).toBe(true);
    const shown = (await getMentorMatches(reader))!.map((m) => m.mentor.userId);
    expect(shown).not.toContain(mentors[2]!.id);
  });

  it("does not rank again for a member's visit", async () => {
    const reader = await applicant();
    expect(
      await ranksAgain(reader, () =>
        db.update(users).set({ lastActiveAt: new Date() }).where(eq(users.id, mentors[0]!.id)),
      ),
    ).toBe(false);
  });

  it("never stores a ranking for another moment or a longer list", async () => {
    const reader = await applicant();
    await getMentorMatches(reader, { now: new Date("2026-01-15T12:00:00Z") });
    await getMentorMatches(reader, { limit: 200 });
    expect(await rankedAt(reader)).toBeNull();
  });
});
