import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  applicantProfiles,
  auditLog,
  checklistItems,
  emailOutbox,
  mentorProfiles,
  mentorshipGoals,
  mentorshipMessages,
  mentorshipRequests,
  notifications,
} from "@/db/schema";
import { ConflictError, ForbiddenError, NotFoundError, RateLimitedError } from "@/lib/errors";
import { moveRequest } from "@/lib/mentorship/moves";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { updateChecklistItem } from "@/lib/mentorship/space/checklist";
import { leaveFeedback } from "@/lib/mentorship/space/feedback";
import { addGoal, deleteGoal, toggleGoal } from "@/lib/mentorship/space/goals";
import { postMessage } from "@/lib/mentorship/space/messages";
import { getMentorshipSpace } from "@/lib/mentorship/space/queries";
import { insertUser } from "./helpers";

async function setup({ accept = true } = {}) {
  const applicant = await insertUser();
  await db.insert(applicantProfiles).values({ userId: applicant.id, targetPathways: ["eb2_niw"] });
  const mentor = await insertUser();
  await db.insert(mentorProfiles).values({ userId: mentor.id, bio: "Mentor", capacity: 2 });
  const request = await requestMentorship(
    { id: applicant.id },
    {
      mentorId: mentor.id,
      goals: "File NIW",
      message: "Please help",
      idempotencyKey: randomBytes(12).toString("base64url"),
    },
  );
  if (accept) await moveRequest({ id: mentor.id }, request.id, { action: "accept" });
  const a = { id: applicant.id, role: applicant.role };
  const m = { id: mentor.id, role: mentor.role };
  return { applicant, mentor, a, m, requestId: request.id };
}

const end = (actorId: string, requestId: string) =>
  moveRequest({ id: actorId }, requestId, { action: "end" });

async function messagesOf(requestId: string) {
  return db.select().from(mentorshipMessages).where(eq(mentorshipMessages.requestId, requestId));
}

describe("reading the space", () => {
  it("shows both members the thread, checklist, goals and who may post", async () => {
    const { a, m, requestId, applicant, mentor } = await setup();
    await postMessage(a, requestId, "Hello **there**");
    const space = await getMentorshipSpace(m, requestId);
    expect(space).toMatchObject({
      state: "accepted",
      viewerRole: "mentor",
      canPost: true,
      applicant: { id: applicant.id, name: applicant.displayName },
      mentor: { id: mentor.id, name: mentor.displayName },
      feedback: null,
    });
    expect(space!.messages.map((x) => [x.body, x.mine])).toEqual([["Hello **there**", false]]);
    expect(space!.checklist.map((i) => i.criterionName)).toEqual([
      "Merit and national importance",
      "Well positioned",
      "On balance",
    ]);
    expect(space!.checklist.map((i) => i.criterion)).toEqual([
      "merit_importance",
      "well_positioned",
      "balance",
    ]);
    expect((await getMentorshipSpace(a, requestId))!.messages[0]!.mine).toBe(true);
  });

  it("gives a stranger and a moderator nothing, and an admin an audited read", async () => {
    const { requestId } = await setup();
    const stranger = await insertUser();
    const moderator = await insertUser({ role: "moderator" });
    const admin = await insertUser({ role: "admin" });
    expect(await getMentorshipSpace(stranger, requestId)).toBeNull();
    expect(await getMentorshipSpace(moderator, requestId)).toBeNull();
    const seen = await getMentorshipSpace(admin, requestId);
    expect(seen).toMatchObject({ viewerRole: "admin", canPost: false });
    const audits = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, admin.id), eq(auditLog.targetId, requestId)));
    expect(audits.map((r) => r.action)).toEqual(["mentorship.space_read"]);
  });

  it("does not exist before the request is accepted", async () => {
    const { a, m, requestId } = await setup({ accept: false });
    expect(await getMentorshipSpace(a, requestId)).toBeNull();
    expect(await getMentorshipSpace(m, requestId)).toBeNull();
    await expect(postMessage(a, requestId, "Hi")).rejects.toThrow(NotFoundError);
  });

  it("shows the latest 100 messages, oldest first", async () => {
    const { a, requestId } = await setup();
    const start = Date.parse("2026-01-01T00:00:00Z");
    await db.insert(mentorshipMessages).values(
      Array.from({ length: 105 }, (_, i) => ({
        requestId,
        authorId: a.id,
        body: `m${i}`,
        createdAt: new Date(start + i * 60_000),
      })),
    );
    const space = await getMentorshipSpace(a, requestId);
    expect(space!.messages).toHaveLength(100);
    expect(space!.messages[0]!.body).toBe("m5");
    expect(space!.messages.at(-1)!.body).toBe("m104");
    expect(space!.olderMessagesHidden).toBe(true);
  });
});

describe("changing the space", () => {
  it("a stranger changes nothing", async () => {
    const { requestId } = await setup();
    const stranger = await insertUser();
    await expect(postMessage(stranger, requestId, "Hi")).rejects.toThrow(NotFoundError);
    await expect(
      updateChecklistItem(stranger, requestId, "eb2_niw", "balance", { status: "strong" }),
    ).rejects.toThrow(NotFoundError);
    await expect(addGoal(stranger, requestId, { text: "x" })).rejects.toThrow(NotFoundError);
    expect(await messagesOf(requestId)).toHaveLength(0);
    const goals = await db
      .select()
      .from(mentorshipGoals)
      .where(eq(mentorshipGoals.requestId, requestId));
    expect(goals).toHaveLength(0);
  });

  it("lets only the applicant write notes and only the mentor write comments", async () => {
    const { a, m, requestId } = await setup();
    await updateChecklistItem(a, requestId, "eb2_niw", "balance", {
      status: "gathering",
      applicantNote: "Letters from two labs",
    });
    await expect(
      updateChecklistItem(m, requestId, "eb2_niw", "balance", { applicantNote: "x" }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      updateChecklistItem(a, requestId, "eb2_niw", "balance", { mentorComment: "x" }),
    ).rejects.toThrow(ForbiddenError);
    await updateChecklistItem(m, requestId, "eb2_niw", "balance", {
      status: "drafted",
      mentorComment: "Add a letter from industry",
    });
    const [item] = await db
      .select()
      .from(checklistItems)
      .where(and(eq(checklistItems.requestId, requestId), eq(checklistItems.criterion, "balance")));
    expect(item).toMatchObject({
      status: "drafted",
      applicantNote: "Letters from two labs",
      mentorComment: "Add a letter from industry",
      updatedBy: m.id,
    });
    await expect(
      updateChecklistItem(a, requestId, "eb1a", "awards", { status: "strong" }),
    ).rejects.toThrow(NotFoundError);
  });

  it("lets either member add, tick and delete goals", async () => {
    const { a, m, requestId } = await setup();
    const goal = await addGoal(a, requestId, { text: "Ask two references", dueDate: "2026-06-01" });
    expect(await toggleGoal(m, requestId, goal.id, true)).toMatchObject({ done: true });
    const other = await setup();
    await expect(toggleGoal(other.a, other.requestId, goal.id, false)).rejects.toThrow(
      NotFoundError,
    );
    await deleteGoal(m, requestId, goal.id);
    expect((await getMentorshipSpace(a, requestId))!.goals).toEqual([]);
  });

  it("is read-only once completed", async () => {
    const { a, m, requestId } = await setup();
    const goal = await addGoal(a, requestId, { text: "Draft the petition letter" });
    await end(m.id, requestId);
    const space = await getMentorshipSpace(a, requestId);
    expect(space).toMatchObject({ state: "completed", canPost: false });
    await expect(postMessage(a, requestId, "Hi")).rejects.toThrow(ConflictError);
    await expect(
      updateChecklistItem(a, requestId, "eb2_niw", "balance", { status: "strong" }),
    ).rejects.toThrow(ConflictError);
    await expect(addGoal(m, requestId, { text: "x" })).rejects.toThrow(ConflictError);
    await expect(toggleGoal(m, requestId, goal.id, true)).rejects.toThrow(ConflictError);
    await expect(deleteGoal(a, requestId, goal.id)).rejects.toThrow(ConflictError);
    expect(await messagesOf(requestId)).toHaveLength(0);
  });

  it("limits messages to 30 per 10 minutes per member", async () => {
    const { a, requestId } = await setup();
    const now = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < 30; i++) await postMessage(a, requestId, `message ${i}`, now);
    await expect(postMessage(a, requestId, "one more", now)).rejects.toThrow(RateLimitedError);
    expect(await messagesOf(requestId)).toHaveLength(30);
  });
});

describe("message notices", () => {
  it("notifies on every message but emails only after a quiet period", async () => {
    const { a, m, mentor, applicant, requestId } = await setup();
    const t0 = new Date("2026-04-01T09:00:00Z");
    await postMessage(a, requestId, "First", t0);
    await postMessage(a, requestId, "Second", new Date(t0.getTime() + 60_000));
    const mentorEmails = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, mentor.email), eq(emailOutbox.kind, "message_new")));
    expect(mentorEmails).toHaveLength(1);
    expect(mentorEmails[0]!.subject).toBe(`${applicant.displayName} sent you a message`);
    const inApp = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, m.id), eq(notifications.type, "message_new")));
    expect(inApp).toHaveLength(2);

    // The mentor answers within the half hour: in-app only. After 31 quiet minutes: an email.
    await postMessage(m, requestId, "Reply", new Date(t0.getTime() + 5 * 60_000));
    await postMessage(m, requestId, "Later", new Date(t0.getTime() + 36 * 60_000));
    const applicantEmails = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, applicant.email), eq(emailOutbox.kind, "message_new")));
    expect(applicantEmails).toHaveLength(1);
  });
});

describe("feedback", () => {
  it("only the applicant, only once, only when completed", async () => {
    const { a, m, requestId } = await setup();
    await expect(leaveFeedback(a, requestId, { rating: 5 })).rejects.toThrow(ConflictError);
    await end(a.id, requestId);
    await expect(leaveFeedback(m, requestId, { rating: 5 })).rejects.toThrow(ForbiddenError);
    const stranger = await insertUser();
    await expect(leaveFeedback(stranger, requestId, { rating: 5 })).rejects.toThrow(NotFoundError);
    expect(await leaveFeedback(a, requestId, { rating: 4, text: "Very kind" })).toEqual({
      rating: 4,
      text: "Very kind",
    });
    await expect(leaveFeedback(a, requestId, { rating: 1 })).rejects.toThrow(ConflictError);
    expect((await getMentorshipSpace(a, requestId))!.feedback).toMatchObject({
      rating: 4,
      text: "Very kind",
    });
  });
});

describe("request state guard", () => {
  it("a declined request has no space", async () => {
    const { m, a, requestId } = await setup({ accept: false });
    await moveRequest(m, requestId, {
      action: "decline",
      input: { requestId, reason: "no_capacity" },
    });
    const [row] = await db
      .select({ state: mentorshipRequests.state })
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.id, requestId));
    expect(row!.state).toBe("declined");
    expect(await getMentorshipSpace(a, requestId)).toBeNull();
  });
});
