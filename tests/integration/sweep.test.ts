// The background sweep: day-5 reminders, expiry notices and pausing, each once even when two
// sweeps run together (on PostgreSQL they are two connections racing for the same rows).
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox, mentorProfiles, mentorshipRequests, notifications } from "@/db/schema";
import { runSweep } from "@/lib/jobs/sweep";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { listNotifications } from "@/lib/notifications/queries";
import { insertUser } from "./helpers";

const DAY = 86_400_000;
const start = new Date("2026-05-01T12:00:00Z");
const at = (days: number) => new Date(start.getTime() + days * DAY);
const key = () => randomBytes(12).toString("base64url");

async function insertMentor() {
  const user = await insertUser();
  await db.insert(mentorProfiles).values({ userId: user.id, bio: "Mentor", capacity: 3 });
  return user;
}

function ask(applicantId: string, mentorId: string, now = start) {
  return requestMentorship(
    { id: applicantId },
    { mentorId, goals: "File EB-1A", message: "Could you help?", idempotencyKey: key() },
    now,
  );
}

async function ofType(userId: string, type: (typeof notifications.$inferSelect)["type"]) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientId, userId), eq(notifications.type, type)));
}

async function emailsOfKind(to: string, kind: string) {
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.to, to), eq(emailOutbox.kind, kind)));
}

async function mentorRow(userId: string) {
  const [row] = await db.select().from(mentorProfiles).where(eq(mentorProfiles.userId, userId));
  return row!;
}

describe("the day-5 reminder", () => {
  it("is not sent before day 5", async () => {
    const mentor = await insertMentor();
    await ask((await insertUser()).id, mentor.id);
    await runSweep(at(4.9));
    expect(await ofType(mentor.id, "request_expiring")).toHaveLength(0);
  });

  it("is sent to the mentor once at day 5, even when the sweep runs twice", async () => {
    const applicant = await insertUser({ displayName: "Wei Zhang" });
    const mentor = await insertMentor();
    const request = await ask(applicant.id, mentor.id);
    // The database is shared by this file's tests, so counts are read per member, not per sweep.
    await runSweep(at(5));
    await runSweep(at(5.5));
    expect(await ofType(mentor.id, "request_expiring")).toHaveLength(1);
    expect(await emailsOfKind(mentor.email, "request_expiring")).toHaveLength(1);
    expect(await ofType(applicant.id, "request_expiring")).toHaveLength(0);
    const [row] = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.id, request.id));
    expect(row!.reminderSentAt?.toISOString()).toBe(at(5).toISOString());
    const { items } = await listNotifications(mentor);
    expect(items.find((i) => i.type === "request_expiring")?.text).toContain(
      "The request from Wei Zhang expires in 2 days",
    );
  });

  it("is sent once when two sweeps run at the same moment", async () => {
    const mentor = await insertMentor();
    await ask((await insertUser()).id, mentor.id);
    await ask((await insertUser()).id, mentor.id);
    await Promise.all([runSweep(at(5.2)), runSweep(at(5.2))]);
    expect(await ofType(mentor.id, "request_expiring")).toHaveLength(2);
    expect(await emailsOfKind(mentor.email, "request_expiring")).toHaveLength(2);
  });

  it("is not sent for a request the mentor already answered", async () => {
    const mentor = await insertMentor();
    const request = await ask((await insertUser()).id, mentor.id);
    await db
      .update(mentorshipRequests)
      .set({ state: "declined", declineReason: "timing" })
      .where(eq(mentorshipRequests.id, request.id));
    await runSweep(at(5));
    expect(await ofType(mentor.id, "request_expiring")).toHaveLength(0);
  });
});

describe("expiry", () => {
  it("records the expiry and tells both sides once, the applicant pointed to other matches", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    const request = await ask(applicant.id, mentor.id);
    await Promise.all([runSweep(at(7.1)), runSweep(at(7.1))]);
    await runSweep(at(8));

    const [row] = await db
      .select()
      .from(mentorshipRequests)
      .where(eq(mentorshipRequests.id, request.id));
    expect(row).toMatchObject({ state: "expired" });
    expect(row!.expiryNotifiedAt).not.toBeNull();
    expect(await ofType(applicant.id, "request_expired")).toHaveLength(1);
    expect(await ofType(mentor.id, "request_expired")).toHaveLength(1);
    expect(await emailsOfKind(applicant.email, "request_expired")).toHaveLength(1);
    const mail = (await emailsOfKind(applicant.email, "request_expired"))[0]!;
    expect(mail.text).toContain("Your other matches are waiting for you.");
    expect(mail.text).toContain("/mentors");

    const { items } = await listNotifications(applicant);
    expect(items[0]).toMatchObject({
      type: "request_expired",
      href: "/mentors",
      text: `Your request to ${mentor.displayName} expired without an answer. Your other matches are waiting.`,
    });
    expect((await mentorRow(mentor.id)).pendingRequests).toBe(0);
  });

  it("tells both sides about a request already recorded as expired elsewhere", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    const request = await ask(applicant.id, mentor.id);
    await db
      .update(mentorshipRequests)
      .set({ state: "expired", closedAt: at(7) })
      .where(eq(mentorshipRequests.id, request.id));
    await runSweep(at(7.5));
    expect(await ofType(applicant.id, "request_expired")).toHaveLength(1);
    expect(await ofType(mentor.id, "request_expired")).toHaveLength(1);
  });
});

describe("pausing a mentor", () => {
  it("does not pause after one expiry in 30 days", async () => {
    const mentor = await insertMentor();
    await ask((await insertUser()).id, mentor.id);
    await runSweep(at(8));
    expect(await mentorRow(mentor.id)).toMatchObject({ accepting: true, pausedReason: null });
    expect(await ofType(mentor.id, "mentor_paused")).toHaveLength(0);
  });

  it("pauses after a second expiry within 30 days, once, and says how to resume", async () => {
    const mentor = await insertMentor();
    await ask((await insertUser()).id, mentor.id);
    await runSweep(at(8));
    await ask((await insertUser()).id, mentor.id, at(10));
    await Promise.all([runSweep(at(17.5)), runSweep(at(17.5))]);
    await runSweep(at(18));

    const row = await mentorRow(mentor.id);
    expect(row.accepting).toBe(false);
    expect(row.pausedReason).toContain("Accepting new mentees");
    expect(await ofType(mentor.id, "mentor_paused")).toHaveLength(1);
    expect(await emailsOfKind(mentor.email, "mentor_paused")).toHaveLength(1);
    const { items } = await listNotifications(mentor);
    expect(items.find((i) => i.type === "mentor_paused")).toMatchObject({
      href: "/profile/mentor",
    });
  });

  it("does not count expiries older than 30 days", async () => {
    const mentor = await insertMentor();
    await ask((await insertUser()).id, mentor.id);
    await runSweep(at(8));
    await ask((await insertUser()).id, mentor.id, at(40));
    await runSweep(at(48));
    expect((await mentorRow(mentor.id)).accepting).toBe(true);
  });

  it("a mentor who resumed is not paused again by the same old expiries", async () => {
    const mentor = await insertMentor();
    await ask((await insertUser()).id, mentor.id);
    await ask((await insertUser()).id, mentor.id);
    await runSweep(at(8));
    expect((await mentorRow(mentor.id)).accepting).toBe(false);
    await db
      .update(mentorProfiles)
      .set({ accepting: true, pausedReason: null })
      .where(eq(mentorProfiles.userId, mentor.id));
    await runSweep(at(9));
    expect((await mentorRow(mentor.id)).accepting).toBe(true);
  });
});
