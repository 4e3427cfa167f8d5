import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { mentorProfiles, mentorshipFeedback, mentorshipRequests, users } from "@/db/schema";
import { getMentorSummaries } from "@/lib/mentors/queries";
import { feedbackSummary, mentorPageStats, responseStats } from "@/lib/mentors/stats";
import { buildMentorshipRequest } from "@/tests/factories";
import { insertUser } from "./helpers";

const NOW = new Date("2026-06-30T12:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function insertMentor() {
  const user = await insertUser();
  await db.insert(mentorProfiles).values({ userId: user.id, bio: "Mentor", capacity: 9 });
  return user;
}

/** A closed request to the mentor, made `daysAgo` before `base` and answered after `hours`. */
async function answered(
  mentorId: string,
  daysAgo: number,
  hours: number | null,
  state = "completed",
  base = NOW,
) {
  const applicant = await insertUser();
  const createdAt = new Date(base.getTime() - daysAgo * DAY);
  const [row] = await db
    .insert(mentorshipRequests)
    .values(
      buildMentorshipRequest({
        applicantId: applicant.id,
        mentorId,
        state: state as "completed",
        createdAt,
        respondedAt: hours === null ? null : new Date(createdAt.getTime() + hours * HOUR),
        acceptedAt: hours === null ? null : new Date(createdAt.getTime() + hours * HOUR),
      }),
    )
    .returning();
  return row!.id;
}

describe("response statistics", () => {
  it("is the median over answered requests of the last 90 days", async () => {
    const mentor = await insertMentor();
    const quiet = await insertMentor();
    await answered(mentor.id, 10, 2);
    await answered(mentor.id, 20, 30);
    await answered(mentor.id, 30, 5);
    await answered(mentor.id, 40, 9);
    await answered(mentor.id, 120, 1000); // too old
    await answered(mentor.id, 5, null, "expired"); // never answered
    const stats = await responseStats([mentor.id, quiet.id], NOW);
    expect(stats.get(mentor.id)).toBe(7);
    expect(stats.get(quiet.id)).toBeNull();
  });
});

describe("feedback summary", () => {
  it("shows the average and count from 3 ratings on", async () => {
    const mentor = await insertMentor();
    const few = await insertMentor();
    for (const rating of [5, 5, 4]) {
      // Made days ago from today: the cards count the real last 90 days.
      const id = await answered(mentor.id, 3, 1, "completed", new Date());
      await db.insert(mentorshipFeedback).values({ requestId: id, rating });
    }
    for (const rating of [5, 5]) {
      const id = await answered(few.id, 3, 1);
      await db.insert(mentorshipFeedback).values({ requestId: id, rating });
    }
    const summary = await feedbackSummary([mentor.id, few.id]);
    expect(summary.get(mentor.id)).toEqual({ average: 4.7, count: 3 });
    expect(summary.get(few.id)).toBeNull();

    // Cards and the mentor page read the same numbers, with last active.
    await db
      .update(users)
      .set({ lastActiveAt: new Date("2026-06-28T08:00:00Z") })
      .where(eq(users.id, mentor.id));
    const [card, fewCard] = await getMentorSummaries({ id: mentor.id, role: "member" }, [
      mentor.id,
      few.id,
    ]);
    expect(card).toMatchObject({
      feedback: { average: 4.7, count: 3 },
      medianResponseHours: 1,
      lastActiveAt: new Date("2026-06-28T08:00:00Z"),
    });
    expect(fewCard!.feedback).toBeNull();
    expect(await mentorPageStats(mentor.id)).toMatchObject({
      feedback: { average: 4.7, count: 3 },
      medianResponseHours: 1,
    });
  });
});
