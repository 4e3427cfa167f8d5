// Reports from inside a mentorship: a message or a request goes to moderators alone, and the
// review queue shows that one thing (and who wrote it), never the rest of the space.
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { queueItems, reports } from "@/db/schema";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { moveRequest } from "@/lib/mentorship/moves";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { postMessage } from "@/lib/mentorship/space/messages";
import { getQueueItem } from "@/lib/moderation/queue/item";
import { listQueue } from "@/lib/moderation/queue/list";
import { reportTarget } from "@/lib/moderation/reports";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

const key = () => randomBytes(12).toString("base64url");

async function mentorship(goals = "Prepare the judging criterion", message = "Could you help me?") {
  const applicant = await insertUser();
  const mentor = await insertMentor();
  const request = await requestMentorship(applicant, {
    mentorId: mentor.id,
    goals,
    message,
    idempotencyKey: key(),
  });
  return { applicant, mentor, request };
}

async function itemFor(targetType: "message" | "request", targetId: string) {
  const [item] = await db
    .select()
    .from(queueItems)
    .where(and(eq(queueItems.targetType, targetType), eq(queueItems.targetId, targetId)));
  return item!;
}

const report = (actor: { id: string }, targetType: "message" | "request", targetId: string) =>
  reportTarget(actor, { targetType, targetId, reason: "harassment", details: null });

describe("reporting a message in a mentorship space", () => {
  it("the moderator sees exactly the reported message and its author, not the others", async () => {
    const { applicant, mentor, request } = await mentorship(
      "Goals-kept-in-the-space",
      "Request-message-kept-private",
    );
    await moveRequest(mentor, request.id, { action: "accept" });
    await postMessage(mentor, request.id, "First-mentor-message, all fine");
    const bad = await postMessage(mentor, request.id, "Reported-message: you will never make it");
    await postMessage(applicant, request.id, "Applicant-reply-private");

    await report(applicant, "message", String(bad.id));

    const moderator = await insertUser({ role: "moderator" });
    const item = await itemFor("message", String(bad.id));
    expect(item.targetUserId).toBe(mentor.id);
    const detail = await getQueueItem(moderator, item.id);
    expect(detail.target.body).toBe("Reported-message: you will never make it");
    expect(detail.target.href).toBeNull(); // no way into the space from the queue
    expect(detail.item.ownerName).toBe(mentor.displayName);
    const everything = JSON.stringify(detail);
    for (const other of [
      "First-mentor-message",
      "Applicant-reply-private",
      "Goals-kept-in-the-space",
      "Request-message-kept-private",
    ]) {
      expect(everything).not.toContain(other);
    }
    const row = (await listQueue(moderator)).items.find((i) => i.id === item.id);
    expect(row?.summary).toBe("Reported-message: you will never make it");
    expect(JSON.stringify(row)).not.toContain("Applicant-reply-private");
  });

  it("only the other member may report it: not its author, not an outsider, not an admin reading the space", async () => {
    const { applicant, mentor, request } = await mentorship();
    await moveRequest(mentor, request.id, { action: "accept" });
    const own = await postMessage(applicant, request.id, "My own words");
    await expect(report(applicant, "message", String(own.id))).rejects.toThrow(ValidationError);
    for (const outsider of [await insertUser(), await insertUser({ role: "admin" })]) {
      await expect(report(outsider, "message", String(own.id))).rejects.toThrow(NotFoundError);
    }
    expect(
      await db
        .select()
        .from(reports)
        .where(eq(reports.targetId, String(own.id))),
    ).toHaveLength(0);
    // The mentor can, also once the mentorship has ended (the space stays readable).
    await moveRequest(mentor, request.id, { action: "end" });
    await report(mentor, "message", String(own.id));
    expect((await itemFor("message", String(own.id))).targetUserId).toBe(applicant.id);
  });
});

describe("reporting a mentorship request", () => {
  it("from the mentor: the applicant's own words, by the applicant", async () => {
    const { applicant, mentor, request } = await mentorship(
      "Applicant-goals",
      "Applicant-message: pay me",
    );
    await report(mentor, "request", request.id);
    const moderator = await insertUser({ role: "moderator" });
    const item = await itemFor("request", request.id);
    expect(item.targetUserId).toBe(applicant.id);
    const detail = await getQueueItem(moderator, item.id);
    expect(detail.target.parts).toEqual([
      { label: "The applicant's goals", text: "Applicant-goals" },
      { label: "The applicant's message", text: "Applicant-message: pay me" },
    ]);
    expect(detail.item.ownerName).toBe(applicant.displayName);
  });

  it("from the applicant: what the mentor wrote, by the mentor, not the applicant's request", async () => {
    const { applicant, mentor, request } = await mentorship(
      "Applicant-goals-private",
      "Applicant-message-private",
    );
    await moveRequest(mentor, request.id, {
      action: "decline",
      input: { requestId: request.id, reason: "other", text: "Mentor-words: people like you fail" },
    });
    await report(applicant, "request", request.id);
    const moderator = await insertUser({ role: "moderator" });
    const item = await itemFor("request", request.id);
    expect(item.targetUserId).toBe(mentor.id);
    const detail = await getQueueItem(moderator, item.id);
    expect(detail.item.ownerName).toBe(mentor.displayName);
    expect(detail.target.parts).toEqual([
      { label: "The mentor's reason to decline", text: "Another reason" },
      { label: "The mentor's words when declining", text: "Mentor-words: people like you fail" },
    ]);
    expect(JSON.stringify(detail)).not.toContain("Applicant-message-private");
    const row = (await listQueue(moderator)).items.find((i) => i.id === item.id);
    expect(row?.summary).toBe("Mentor-words: people like you fail");
  });

  it("nobody outside the request can report it", async () => {
    const { request } = await mentorship();
    await expect(report(await insertUser(), "request", request.id)).rejects.toThrow(NotFoundError);
  });
});
