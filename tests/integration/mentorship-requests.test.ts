import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { mentorProfiles, mentorshipRequests } from "@/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { expireOverdueRequests } from "@/lib/mentorship/deadlines";
import { moveRequest } from "@/lib/mentorship/moves";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { insertUser } from "./helpers";

const key = () => randomBytes(12).toString("base64url");

async function insertMentor(profile: Partial<typeof mentorProfiles.$inferInsert> = {}) {
  const user = await insertUser();
  await db
    .insert(mentorProfiles)
    .values({ userId: user.id, bio: "Mentor", capacity: 2, ...profile });
  return user;
}

async function mentorRow(userId: string) {
  const [row] = await db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, userId));
  return row!;
}

function ask(applicantId: string, mentorId: string, idempotencyKey = key(), now?: Date) {
  return requestMentorship(
    { id: applicantId },
    {
      mentorId,
      goals: "File EB-1A next year",
      message: "Could you look at my judging evidence?",
      idempotencyKey,
    },
    now,
  );
}

describe("requesting a mentor", () => {
  it("creates a pending request with a 7-day deadline and counts it on the mentor", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    const now = new Date("2026-05-01T12:00:00Z");
    const request = await ask(applicant.id, mentor.id, key(), now);
    expect(request).toMatchObject({
      state: "pending",
      applicantId: applicant.id,
      mentorId: mentor.id,
    });
    expect(request.deadlineAt.toISOString()).toBe("2026-05-08T12:00:00.000Z");
    expect((await mentorRow(mentor.id)).pendingRequests).toBe(1);
  });

  it("a double-submitted form creates one request", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    const k = key();
    const [a, b] = await Promise.all([
      ask(applicant.id, mentor.id, k),
      ask(applicant.id, mentor.id, k),
    ]);
    expect(a.id).toBe(b.id);
    const rows = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.applicantId, applicant.id));
    expect(rows).toHaveLength(1);
    expect((await mentorRow(mentor.id)).pendingRequests).toBe(1);
  });

  it("allows one open request per pair and at most three open requests", async () => {
    const applicant = await insertUser();
    const mentors = await Promise.all([
      insertMentor(),
      insertMentor(),
      insertMentor(),
      insertMentor(),
    ]);
    await ask(applicant.id, mentors[0]!.id);
    await expect(ask(applicant.id, mentors[0]!.id)).rejects.toThrow("already have an open request");
    await ask(applicant.id, mentors[1]!.id);
    await ask(applicant.id, mentors[2]!.id);
    await expect(ask(applicant.id, mentors[3]!.id)).rejects.toThrow("3 open requests");
  });

  it("refuses a mentor who is full, paused or oneself", async () => {
    const applicant = await insertUser();
    const full = await insertMentor({ capacity: 1, activeMentees: 1 });
    const paused = await insertMentor({ accepting: false });
    await expect(ask(applicant.id, full.id)).rejects.toThrow("no free seat");
    await expect(ask(applicant.id, paused.id)).rejects.toThrow("not accepting");
    const selfMentor = await insertMentor();
    await expect(ask(selfMentor.id, selfMentor.id)).rejects.toThrow("yourself");
  });
});

describe("moving a request", () => {
  it("question, answer, accept, end: each by the right person", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    const request = await ask(applicant.id, mentor.id);
    await expect(moveRequest(applicant, request.id, { action: "accept" })).rejects.toThrow(
      "Only the mentor",
    );
    const asked = await moveRequest(mentor, request.id, {
      action: "ask_info",
      input: { requestId: request.id, question: "Which conferences have you reviewed for?" },
    });
    expect(asked.state).toBe("info_requested");
    expect(asked.respondedAt).not.toBeNull();
    const answered = await moveRequest(applicant, request.id, {
      action: "answer_info",
      input: { requestId: request.id, answer: "CVPR and MICCAI, twice each." },
    });
    expect(answered.state).toBe("pending");
    const accepted = await moveRequest(mentor, request.id, { action: "accept" });
    expect(accepted.state).toBe("accepted");
    expect(await mentorRow(mentor.id)).toMatchObject({ activeMentees: 1, pendingRequests: 0 });
    const ended = await moveRequest(applicant, request.id, { action: "end" });
    expect(ended).toMatchObject({ state: "completed", endedBy: applicant.id });
    expect((await mentorRow(mentor.id)).activeMentees).toBe(0);
  });

  it("declining needs a reason and closes the request", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    const request = await ask(applicant.id, mentor.id);
    const declined = await moveRequest(mentor, request.id, {
      action: "decline",
      input: { requestId: request.id, reason: "outside_experience", text: "I only know EB-1B." },
    });
    expect(declined).toMatchObject({ state: "declined", declineReason: "outside_experience" });
    await expect(moveRequest(mentor, request.id, { action: "accept" })).rejects.toThrow("declined");
  });

  it("someone else's request does not exist for them, and nothing changes", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    const stranger = await insertUser();
    const request = await ask(applicant.id, mentor.id);
    await expect(moveRequest(stranger, request.id, { action: "withdraw" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(moveRequest(stranger, request.id, { action: "accept" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const [row] = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.id, request.id));
    expect(row!.state).toBe("pending");
  });

  it("two accepts for the last seat at the same moment leave exactly one accepted", async () => {
    const mentor = await insertMentor({ capacity: 1 });
    const [a, b] = await Promise.all([insertUser(), insertUser()]);
    const [ra, rb] = await Promise.all([ask(a.id, mentor.id), ask(b.id, mentor.id)]);
    const results = await Promise.allSettled([
      moveRequest(mentor, ra.id, { action: "accept" }),
      moveRequest(mentor, rb.id, { action: "accept" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect((await mentorRow(mentor.id)).activeMentees).toBe(1);
    const accepted = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.mentorId, mentor.id));
    expect(accepted.filter((r) => r.state === "accepted")).toHaveLength(1);
  });
});

describe("expiry", () => {
  it("a request past its deadline reads as expired, cannot be accepted, and the job records it", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    const created = new Date("2026-05-01T12:00:00Z");
    const request = await ask(applicant.id, mentor.id, key(), created);
    const later = new Date("2026-05-09T12:00:00Z");
    await expect(moveRequest(mentor, request.id, { action: "accept" }, later)).rejects.toThrow(
      "expired",
    );
    expect(await expireOverdueRequests(later)).toBeGreaterThanOrEqual(1);
    const [row] = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.id, request.id));
    expect(row!.state).toBe("expired");
    expect((await mentorRow(mentor.id)).pendingRequests).toBe(0);
    // The pair may try again once the old request has expired.
    const again = await ask(applicant.id, mentor.id, key(), later);
    expect(again.state).toBe("pending");
  });
});
