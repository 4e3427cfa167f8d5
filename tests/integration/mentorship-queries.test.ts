// The request reads: who sees which request, what a mentor sees of an applicant, and the effective
// state (a past-deadline open request reads as expired).
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  applicantProfiles,
  auditLog,
  criterionAssessments,
  mentorProfiles,
  mentorshipRequests,
} from "@/db/schema";
import { moveRequest } from "@/lib/mentorship/moves";
import { requestMentorship } from "@/lib/mentorship/requesting";
import {
  getRequestForParty,
  listIncomingRequests,
  listMyRequests,
  openRequestWith,
} from "@/lib/mentorship/queries";
import { insertUser } from "./helpers";

const key = () => randomBytes(12).toString("base64url");

async function insertMentor() {
  const user = await insertUser();
  await db.insert(mentorProfiles).values({ userId: user.id, bio: "Mentor", capacity: 2 });
  return user;
}

/** An applicant whose country of birth and self-assessment are private (the defaults). */
async function insertApplicant() {
  const user = await insertUser();
  await db.insert(applicantProfiles).values({
    userId: user.id,
    targetPathways: ["eb1a"],
    countryOfBirth: "IN",
    languages: ["en"],
  });
  await db.insert(criterionAssessments).values([
    { userId: user.id, pathway: "eb1a", criterion: "judging", strength: "strong" },
    {
      userId: user.id,
      pathway: "eb1a",
      criterion: "press",
      strength: "some",
      note: "Two articles",
    },
  ]);
  return user;
}

function ask(applicantId: string, mentorId: string, now?: Date) {
  return requestMentorship(
    { id: applicantId },
    { mentorId, goals: "File EB-1A next year", message: "Hello", idempotencyKey: key() },
    now,
  );
}

describe("getRequestForParty", () => {
  it("gives the request to its applicant and mentor, and null to a stranger", async () => {
    const applicant = await insertApplicant();
    const mentor = await insertMentor();
    const stranger = await insertUser();
    const request = await ask(applicant.id, mentor.id);

    expect(await getRequestForParty(applicant, request.id)).toMatchObject({
      id: request.id,
      party: "applicant",
      state: "pending",
      mentor: { id: mentor.id, name: mentor.displayName, handle: mentor.handle },
    });
    expect(await getRequestForParty(mentor, request.id)).toMatchObject({ party: "mentor" });
    expect(await getRequestForParty(stranger, request.id)).toBeNull();
    expect(await getRequestForParty(stranger, "not-a-uuid")).toBeNull();
    // A moderator is not an admin: no access either.
    const moderator = await insertUser({ role: "moderator" });
    expect(await getRequestForParty(moderator, request.id)).toBeNull();
    expect(await db.select().from(auditLog).where(eq(auditLog.targetId, request.id))).toEqual([]);
  });

  it("lets an admin read a request and records the read in the audit log", async () => {
    const applicant = await insertApplicant();
    const mentor = await insertMentor();
    const admin = await insertUser({ role: "admin" });
    const request = await ask(applicant.id, mentor.id);

    expect(await getRequestForParty(admin, request.id)).toMatchObject({
      id: request.id,
      party: "admin",
    });
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, request.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: admin.id,
      action: "mentorship_request.read",
      targetType: "mentorship_request",
    });
  });
});

describe("listIncomingRequests", () => {
  it("shows the mentor the applicant's shared self-assessment but not a private country of birth", async () => {
    const applicant = await insertApplicant();
    const mentor = await insertMentor();
    await ask(applicant.id, mentor.id);

    const incoming = await listIncomingRequests(mentor);
    expect(incoming?.open).toHaveLength(1);
    const { profile } = incoming!.open[0]!;
    expect(profile?.assessments).toEqual(
      [
        { pathway: "eb1a", criterion: "judging", strength: "strong", note: null },
        { pathway: "eb1a", criterion: "press", strength: "some", note: "Two articles" },
      ].sort((a, b) => a.criterion.localeCompare(b.criterion)),
    );
    expect(profile).not.toHaveProperty("countryOfBirth");
    expect(JSON.stringify(incoming)).not.toContain('"IN"');
  });

  it("another mentor does not see the request at all", async () => {
    const applicant = await insertApplicant();
    const mentor = await insertMentor();
    const otherMentor = await insertMentor();
    await ask(applicant.id, mentor.id);
    const incoming = await listIncomingRequests(otherMentor);
    expect(incoming).toMatchObject({ open: [], recent: [] });
  });

  it("is null for a member without a mentor profile", async () => {
    expect(await listIncomingRequests(await insertUser())).toBeNull();
  });

  it("moves a past-deadline request out of the open list, as expired", async () => {
    const applicant = await insertApplicant();
    const mentor = await insertMentor();
    const sent = new Date("2026-05-01T12:00:00Z");
    await ask(applicant.id, mentor.id, sent);
    const later = new Date("2026-05-09T12:00:00Z");
    const incoming = await listIncomingRequests(mentor, later);
    expect(incoming?.open).toEqual([]);
    expect(incoming?.recent.map((r) => r.state)).toEqual(["expired"]);
  });
});

describe("listMyRequests", () => {
  it("shows the effective state: expired past the deadline, pending before", async () => {
    const applicant = await insertApplicant();
    const mentor = await insertMentor();
    const sent = new Date("2026-05-01T12:00:00Z");
    await ask(applicant.id, mentor.id, sent);

    const before = await listMyRequests(applicant, new Date("2026-05-07T12:00:00Z"));
    expect(before.map((r) => r.state)).toEqual(["pending"]);
    const after = await listMyRequests(applicant, new Date("2026-05-08T12:00:00Z"));
    expect(after.map((r) => r.state)).toEqual(["expired"]);
    // Stored as pending until the job records it; only the read derives it.
    const [row] = await db.select().from(mentorshipRequests);
    expect(row?.state).toBe("pending");
  });

  it("lists only the actor's own requests, newest first, with the decline reason in words", async () => {
    const applicant = await insertApplicant();
    const other = await insertApplicant();
    const [m1, m2] = [await insertMentor(), await insertMentor()];
    const first = await ask(applicant.id, m1.id, new Date(Date.now() - 60_000));
    const second = await ask(applicant.id, m2.id);
    await ask(other.id, m1.id);
    await moveRequest(m1, first.id, {
      action: "decline",
      input: { requestId: first.id, reason: "timing" },
    });

    const mine = await listMyRequests(applicant);
    expect(mine.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(mine[1]).toMatchObject({
      state: "declined",
      declineReason: "The timing does not work for me",
    });
  });
});

describe("openRequestWith", () => {
  it("finds the open request with a mentor until it expires or closes", async () => {
    const applicant = await insertApplicant();
    const mentor = await insertMentor();
    expect(await openRequestWith(applicant, mentor.id)).toBeNull();
    const sent = new Date();
    const request = await ask(applicant.id, mentor.id, sent);
    expect(await openRequestWith(applicant, mentor.id)).toEqual({
      id: request.id,
      state: "pending",
    });
    expect(
      await openRequestWith(applicant, mentor.id, new Date(sent.getTime() + 8 * 86_400_000)),
    ).toBeNull();
    await moveRequest(applicant, request.id, { action: "withdraw" });
    expect(await openRequestWith(applicant, mentor.id)).toBeNull();
  });
});
