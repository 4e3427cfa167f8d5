// The "private" visibility level ("only me, my mentors or mentees, and admins") made real: during
// an accepted mentorship each side sees the other's private fields, and only then.
import { randomBytes } from "node:crypto";
import type { User } from "@/db/schema";
import { expireOverdueRequests } from "@/lib/mentorship/deadlines";
import { moveRequest } from "@/lib/mentorship/moves";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { listIncomingRequests } from "@/lib/mentorship/queries";
import { getMentorProfileForViewer } from "@/lib/mentors/queries";
import {
  getApplicantProfileForViewer,
  getApplicantProfilesForViewer,
} from "@/lib/profiles/queries";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";
import { fillProfile } from "./profiles-fixtures";
import type { Actor } from "@/lib/auth/actor";

const key = () => randomBytes(12).toString("base64url");
const privateFields = ["countryOfBirth", "currentStatus", "stage", "goals", "assessments"];

/** An applicant with every sensitive field private (the default), and a mentor with private facts. */
async function pair() {
  const applicant = await insertUser();
  await fillProfile(applicant);
  const mentor = await insertMentor(
    { countryOfBirth: "NG", countryVisibility: "private", caseDetailsVisibility: "private" },
    [{ filedMonth: "2023-01-01", decidedMonth: "2023-09-01", serviceCentre: "tsc" }],
  );
  const ask = () =>
    requestMentorship(applicant, {
      mentorId: mentor.id,
      goals: "File EB-1A",
      message: "Hello",
      idempotencyKey: key(),
    });
  return { applicant, mentor, ask };
}

async function mentorSees(viewer: Actor, applicantId: string) {
  return getApplicantProfileForViewer(viewer, applicantId);
}

async function menteeSees(viewer: Actor, handle: string) {
  const view = await getMentorProfileForViewer(viewer, handle);
  return {
    relation: view?.relation,
    country: view?.countryOfBirth ?? null,
    details: view?.cases[0]?.details ?? null,
    settings: view?.visibility ?? null,
  };
}

/** Each sees the other as any member would: no private field, no setting. */
async function expectMemberViews(mentor: User, applicant: User) {
  const seen = await mentorSees(mentor, applicant.id);
  expect(seen?.access).toBe("member");
  for (const field of privateFields) expect(seen).not.toHaveProperty(field);
  expect(await menteeSees(applicant, mentor.handle)).toEqual({
    relation: "member",
    country: null,
    details: null,
    settings: null,
  });
}

describe("an accepted mentorship opens the private fields to the other side", () => {
  it("before acceptance: the member view; accepted: the private fields; ended: back to the member view", async () => {
    const { applicant, mentor, ask } = await pair();
    const request = await ask();

    // Pending: each is just another member to the other.
    await expectMemberViews(mentor, applicant);

    await moveRequest(mentor, request.id, { action: "accept" });
    const seen = await mentorSees(mentor, applicant.id);
    expect(seen).toMatchObject({
      access: "counterpart",
      countryOfBirth: "IN",
      currentStatus: "h1b",
      stage: "building_evidence",
      goals: "File EB-1A within a year, with NIW as a backup.",
    });
    expect(seen?.assessments?.length).toBeGreaterThan(0);
    // Never the owner's choices: those are for the owner and admins.
    expect(seen).not.toHaveProperty("visibility");
    const mentee = await menteeSees(applicant, mentor.handle);
    expect(mentee).toMatchObject({ relation: "counterpart", country: "NG", settings: null });
    expect(mentee.details).toMatchObject({ serviceCentre: "tsc", filedMonth: "2023-01-01" });

    await moveRequest(applicant, request.id, { action: "end" });
    await expectMemberViews(mentor, applicant);
  });

  it("an unrelated member never sees them, during the mentorship or after", async () => {
    const { applicant, mentor, ask } = await pair();
    const stranger = await insertUser();
    const moderator = await insertUser({ role: "moderator" });
    const request = await ask();
    await moveRequest(mentor, request.id, { action: "accept" });
    for (const outsider of [stranger, moderator]) {
      const seen = await mentorSees(outsider, applicant.id);
      expect(seen?.access).toBe("member");
      for (const field of privateFields) expect(seen).not.toHaveProperty(field);
      expect(JSON.stringify(seen)).not.toContain("h1b");
      expect(await menteeSees(outsider, mentor.handle)).toMatchObject({
        relation: "member",
        country: null,
        details: null,
      });
    }
    // A visitor neither.
    expect(await getApplicantProfileForViewer(null, applicant.id)).toEqual({
      userId: applicant.id,
      access: "anonymous",
    });
  });

  it("declined, withdrawn and expired requests give no access", async () => {
    const { applicant, mentor, ask } = await pair();
    const declined = await ask();
    await moveRequest(mentor, declined.id, {
      action: "decline",
      input: { requestId: declined.id, reason: "timing" },
    });
    expect((await mentorSees(mentor, applicant.id))?.access).toBe("member");

    const withdrawn = await ask();
    await moveRequest(applicant, withdrawn.id, { action: "withdraw" });
    expect((await mentorSees(mentor, applicant.id))?.access).toBe("member");

    const past = new Date(Date.now() - 8 * 24 * 3_600_000);
    await requestMentorship(
      applicant,
      { mentorId: mentor.id, goals: "Again", message: "Hello", idempotencyKey: key() },
      past,
    );
    await expireOverdueRequests();
    expect((await mentorSees(mentor, applicant.id))?.access).toBe("member");
    expect((await menteeSees(applicant, mentor.handle)).country).toBeNull();
  });

  it("a list of profiles decides the relation per row, in one read", async () => {
    const { applicant, mentor, ask } = await pair();
    const other = await insertUser();
    await fillProfile(other);
    const request = await ask();
    await moveRequest(mentor, request.id, { action: "accept" });

    const views = await getApplicantProfilesForViewer(mentor, [applicant.id, other.id]);
    expect(views.get(applicant.id)).toMatchObject({ access: "counterpart", countryOfBirth: "IN" });
    expect(views.get(other.id)?.access).toBe("member");
    expect(views.get(other.id)).not.toHaveProperty("countryOfBirth");
    expect(views.get(other.id)).not.toHaveProperty("assessments");
  });

  it("the mentor's list of open requests still shows only what the applicant shared", async () => {
    const { mentor, ask } = await pair();
    await ask();
    const incoming = await listIncomingRequests(mentor);
    const profile = incoming?.open[0]?.profile;
    expect(profile?.access).toBe("member");
    expect(profile?.assessments?.length).toBeGreaterThan(0);
    expect(profile).not.toHaveProperty("countryOfBirth");
    expect(profile).not.toHaveProperty("goals");
  });
});
