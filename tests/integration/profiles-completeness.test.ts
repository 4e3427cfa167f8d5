// Completeness from what is really stored: the applicant profile, its ratings and a mentor profile.
import { db } from "@/db/client";
import { caseRecords, mentorProfiles, type User } from "@/db/schema";
import { profileCompleteness } from "@/lib/profiles/completeness";
import { saveOnboardingStep } from "@/lib/profiles/mutations";
import { getOwnApplicantProfile, getOwnMentorBasics } from "@/lib/profiles/queries";
import { insertUser } from "./helpers";
import { fillProfile, step5 } from "./profiles-fixtures";

async function completenessOf(user: Pick<User, "id">) {
  const [own, mentor] = await Promise.all([getOwnApplicantProfile(user), getOwnMentorBasics(user)]);
  return profileCompleteness({
    applicant: own?.profile ?? null,
    assessments: own?.assessments ?? [],
    mentor,
  });
}

describe("profile completeness", () => {
  it("starts at 0% and points to the first step", async () => {
    const user = await insertUser();
    expect(await completenessOf(user)).toMatchObject({
      percent: 0,
      next: {
        label: "Describe your case: choose your target pathways",
        href: "/onboarding?step=1",
      },
    });
  });

  it("while onboarding is unfinished, the next thing is its next step", async () => {
    const user = await insertUser();
    await fillProfile(user, 2);
    const c = await completenessOf(user);
    expect(c.next).toEqual({
      label: "Continue setting up your profile: background",
      href: "/onboarding?step=3",
    });
    // Pathways (15), field (10) and keywords (6) are filled in.
    expect(c.percent).toBe(31);
  });

  it("reaches 100% with nothing next when every step is filled in", async () => {
    const user = await insertUser();
    await fillProfile(user);
    expect(await completenessOf(user)).toMatchObject({ percent: 100, next: null });
  });

  it("after a pathway is added, asks for its ratings", async () => {
    const user = await insertUser();
    await fillProfile(user);
    await saveOnboardingStep(user, 1, { targetPathways: ["eb1a", "eb2_niw", "o1a"] });
    const c = await completenessOf(user);
    expect(c.next).toEqual({ label: "Rate your evidence for O-1A", href: "/onboarding?step=4" });
    expect(c.percent).toBe(93);
  });

  it("without goals, suggests writing them", async () => {
    const user = await insertUser();
    await fillProfile(user);
    await saveOnboardingStep(user, 5, { ...step5, goals: "" });
    expect((await completenessOf(user)).next).toEqual({
      label: "Write what you hope to get from a mentor",
      href: "/onboarding?step=5",
    });
  });

  it("counts a mentor profile too: bio, case record, languages and time zone", async () => {
    const user = await insertUser();
    await fillProfile(user);
    await db.insert(mentorProfiles).values({ userId: user.id, bio: "" });
    expect(await getOwnMentorBasics(user)).toEqual({
      bioFilled: false,
      caseRecords: 0,
      languages: 0,
      timezone: false,
    });
    let c = await completenessOf(user);
    expect(c.percent).toBe(50);
    expect(c.next).toEqual({
      label: "Add your case record to your mentor profile",
      href: "/profile/mentor",
    });

    await db.insert(caseRecords).values([
      { mentorUserId: user.id, pathway: "o1a", outcome: "approved" },
      { mentorUserId: user.id, pathway: "eb1a", outcome: "pending" },
    ]);
    c = await completenessOf(user);
    expect(c.percent).toBe(70);
    expect(c.next?.label).toBe("Write your mentor bio");
    expect((await getOwnMentorBasics(user))?.caseRecords).toBe(2);
  });

  it("a mentor with no applicant profile is measured on the mentor profile alone", async () => {
    const user = await insertUser();
    await db.insert(mentorProfiles).values({
      userId: user.id,
      bio: "Approved under O-1A in 2023; happy to help researchers.",
      languages: ["en"],
      timezone: "Europe/Berlin",
    });
    await db
      .insert(caseRecords)
      .values({ mentorUserId: user.id, pathway: "o1a", outcome: "approved" });
    expect(await completenessOf(user)).toMatchObject({ percent: 100, next: null });
  });
});
