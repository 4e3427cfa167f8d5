// getMentorProfileForViewer: what each viewer receives, per visibility setting. Absent means null:
// the query never selected it.
import { db } from "@/db/client";
import { bookmarks } from "@/db/schema";
import type { Visibility } from "@/lib/domain/case-facts";
import { getMentorProfileForViewer } from "@/lib/mentors/queries";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

async function mentorWith(country: Visibility, details: Visibility) {
  return insertMentor(
    {
      bio: "Approved EB-1A after an RFE on original contributions.",
      field: "ai_computing",
      topics: ["peer review"],
      languages: ["hi", "en"],
      timezone: "Asia/Kolkata",
      countryOfBirth: "IN",
      countryVisibility: country,
      caseDetailsVisibility: details,
      capacity: 3,
      activeMentees: 1,
    },
    [
      {
        pathway: "eb1a",
        outcome: "approved",
        filedMonth: "2023-09-01",
        decidedMonth: "2024-02-01",
        serviceCentre: "nsc",
        premium: true,
        selfFiled: true,
        rfe: true,
        rfeCriteria: ["original_contributions"],
        criteriaClaimed: ["judging", "original_contributions", "awards"],
        criteriaAccepted: ["judging", "original_contributions"],
        verificationStatus: "verified",
      },
      { pathway: "o1a", outcome: "denied", decidedMonth: "2020-06-01", criteriaClaimed: ["press"] },
    ],
  );
}

const levels: Visibility[] = ["private", "members", "public"];

describe.each(levels)("country visibility %s", (countryVis) => {
  describe.each(levels)("case details visibility %s", (detailsVis) => {
    test("a signed-out visitor sees only the public subset", async () => {
      const mentor = await mentorWith(countryVis, detailsVis);
      const view = await getMentorProfileForViewer(null, mentor.handle.toUpperCase());
      expect(view).toMatchObject({
        relation: "anonymous",
        userId: null,
        handle: mentor.handle,
        displayName: mentor.displayName,
        bio: "Approved EB-1A after an RFE on original contributions.",
        field: "ai_computing",
        topics: ["peer review"],
        languages: ["hi", "en"],
        verified: true,
        timezone: null,
        availability: null,
        visibility: null,
        bookmarked: null,
        countryOfBirth: countryVis === "public" ? "IN" : null,
      });
      // Approved pathways only: no denied case, no years, no criteria, no details.
      expect(view!.cases).toEqual([
        {
          pathway: "eb1a",
          outcome: "approved",
          verified: true,
          decidedYear: null,
          criteriaAccepted: null,
          details: null,
        },
      ]);
    });

    test("a member sees availability, accepted criteria, and what the mentor opened to members", async () => {
      const mentor = await mentorWith(countryVis, detailsVis);
      const member = await insertUser();
      const view = await getMentorProfileForViewer(member, mentor.handle);
      expect(view).toMatchObject({
        relation: "member",
        userId: mentor.id,
        timezone: "Asia/Kolkata",
        availability: { accepting: true, capacity: 3, activeMentees: 1 },
        visibility: null,
        bookmarked: false,
        countryOfBirth: countryVis === "private" ? null : "IN",
      });
      expect(view!.cases.map((c) => [c.pathway, c.outcome, c.decidedYear])).toEqual([
        ["eb1a", "approved", 2024],
        ["o1a", "denied", 2020],
      ]);
      expect(view!.cases[0]!.criteriaAccepted).toEqual(["judging", "original_contributions"]);
      if (detailsVis === "private") {
        expect(view!.cases.every((c) => c.details === null)).toBe(true);
      } else {
        expect(view!.cases[0]!.details).toEqual({
          filedMonth: "2023-09-01",
          decidedMonth: "2024-02-01",
          serviceCentre: "nsc",
          premium: true,
          selfFiled: true,
          rfe: true,
          rfeCriteria: ["original_contributions"],
          criteriaClaimed: ["judging", "original_contributions", "awards"],
        });
      }
    });

    test.each(["self", "admin"] as const)("%s sees everything", async (who) => {
      const mentor = await mentorWith(countryVis, detailsVis);
      const viewer = who === "self" ? mentor : await insertUser({ role: "admin" });
      const view = await getMentorProfileForViewer(viewer, mentor.handle);
      expect(view).toMatchObject({
        relation: who,
        countryOfBirth: "IN",
        visibility: { country: countryVis, caseDetails: detailsVis },
        bookmarked: who === "self" ? null : false,
      });
      expect(view!.cases).toHaveLength(2);
      expect(view!.cases[0]!.details).toMatchObject({
        serviceCentre: "nsc",
        rfeCriteria: ["original_contributions"],
      });
      expect(view!.cases[1]!.details).toMatchObject({ criteriaClaimed: ["press"] });
    });
  });
});

test("a moderator is a member here: private fields stay private", async () => {
  const mentor = await mentorWith("private", "private");
  const moderator = await insertUser({ role: "moderator" });
  const view = await getMentorProfileForViewer(moderator, mentor.handle);
  expect(view).toMatchObject({ relation: "member", countryOfBirth: null, visibility: null });
  expect(view!.cases[0]!.details).toBeNull();
});

test("unverified mentors are labelled so; bookmarks show for members", async () => {
  const mentor = await insertMentor({}, [{ pathway: "eb2_niw", outcome: "approved" }]);
  const member = await insertUser();
  await db
    .insert(bookmarks)
    .values({ userId: member.id, targetType: "mentor", targetId: mentor.id });
  const view = await getMentorProfileForViewer(member, mentor.handle);
  expect(view).toMatchObject({ verified: false, bookmarked: true });
  expect(view!.cases[0]!.verified).toBe(false);
});

test("unknown handles, members without a mentor profile, suspended and banned mentors are not found", async () => {
  const member = await insertUser();
  const admin = await insertUser({ role: "admin" });
  const plain = await insertUser();
  const suspended = await insertMentor({}, [], { status: "suspended" });
  const banned = await insertMentor({}, [], { status: "banned" });
  for (const viewer of [null, member, admin]) {
    expect(await getMentorProfileForViewer(viewer, "nobody-here")).toBeNull();
    expect(await getMentorProfileForViewer(viewer, plain.handle)).toBeNull();
    expect(await getMentorProfileForViewer(viewer, suspended.handle)).toBeNull();
    expect(await getMentorProfileForViewer(viewer, banned.handle)).toBeNull();
    expect(await getMentorProfileForViewer(viewer, "' or 1=1 --")).toBeNull();
  }
});
