import { pathwayRequirements } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import {
  profileCompleteness,
  type ApplicantForCompleteness,
  type MentorBasics,
} from "@/lib/profiles/completeness";

const full: ApplicantForCompleteness = {
  targetPathways: ["eb1a"],
  field: "ai_computing",
  keywords: ["robotics"],
  countryOfBirth: "IN",
  currentStatus: "h1b",
  stage: "drafting",
  goals: "File within a year",
  languages: ["en"],
  timezone: "Asia/Kolkata",
  onboardingStep: 6,
  onboardingCompletedAt: new Date("2026-03-01T00:00:00Z"),
};

function ratedAll(...pathways: PathwayCode[]) {
  return pathways.flatMap((pathway) =>
    pathwayRequirements[pathway].criteria.map((criterion) => ({
      pathway,
      criterion,
      strength: "some" as const,
    })),
  );
}

const mentorDone: MentorBasics = { bioFilled: true, caseRecords: 1, languages: 2, timezone: true };

describe("profileCompleteness", () => {
  it("is 100% with nothing next when all is filled in", () => {
    expect(
      profileCompleteness({ applicant: full, assessments: ratedAll("eb1a"), mentor: null }),
    ).toMatchObject({ percent: 100, next: null });
  });

  it("with nothing at all, is 0% and points to the first step", () => {
    expect(profileCompleteness({ applicant: null, assessments: [], mentor: null })).toMatchObject({
      percent: 0,
      next: { href: "/onboarding?step=1" },
    });
  });

  it("asks for the ratings of a pathway not rated, with a link to the self-assessment", () => {
    const c = profileCompleteness({
      applicant: { ...full, targetPathways: ["eb1a", "eb2_niw"] },
      assessments: ratedAll("eb2_niw"),
      mentor: null,
    });
    expect(c.next).toEqual({ label: "Rate your evidence for EB-1A", href: "/onboarding?step=4" });
    expect(c.percent).toBe(90);
  });

  it("a partly rated pathway is not done", () => {
    const c = profileCompleteness({
      applicant: full,
      assessments: ratedAll("eb1a").slice(1),
      mentor: null,
    });
    expect(c.items.find((i) => i.key === "evidence.eb1a")?.done).toBe(false);
  });

  it("EB-1C alone has nothing to rate and counts as done", () => {
    const c = profileCompleteness({
      applicant: { ...full, targetPathways: ["eb1c"] },
      assessments: [],
      mentor: null,
    });
    expect(c).toMatchObject({ percent: 100, next: null });
  });

  it("never shows 100% while something is missing", () => {
    const c = profileCompleteness({
      applicant: { ...full, currentStatus: null },
      assessments: ratedAll("eb1a"),
      mentor: null,
    });
    expect(c.percent).toBe(95);
    expect(c.next).toEqual({ label: "Add your current visa status", href: "/onboarding?step=3" });
  });

  it("the next thing follows usefulness: stage before keywords, keywords before status", () => {
    const base = { assessments: ratedAll("eb1a"), mentor: null };
    const missing = { ...full, stage: null, keywords: [], currentStatus: null };
    expect(profileCompleteness({ ...base, applicant: missing }).next?.label).toBe(
      "Say where you are in the journey",
    );
    expect(
      profileCompleteness({ ...base, applicant: { ...missing, stage: "drafting" } }).next?.label,
    ).toBe("Add keywords for your work");
  });

  it("during onboarding, the next thing is the next unsaved step", () => {
    const c = profileCompleteness({
      applicant: { ...full, onboardingStep: 4, onboardingCompletedAt: null, goals: null },
      assessments: ratedAll("eb1a"),
      mentor: null,
    });
    expect(c.next).toEqual({
      label: "Continue setting up your profile: goals and logistics",
      href: "/onboarding?step=5",
    });
  });

  it("adds the mentor profile when there is one, and only then", () => {
    const applicantOnly = profileCompleteness({
      applicant: full,
      assessments: ratedAll("eb1a"),
      mentor: null,
    });
    expect(applicantOnly.items.some((i) => i.key.startsWith("mentor."))).toBe(false);

    const both = profileCompleteness({
      applicant: full,
      assessments: ratedAll("eb1a"),
      mentor: { ...mentorDone, bioFilled: false },
    });
    expect(both.percent).toBe(85);
    expect(both.next).toEqual({ label: "Write your mentor bio", href: "/profile/mentor" });
  });

  it("a mentor without an applicant profile is measured on the mentor profile alone", () => {
    const c = profileCompleteness({
      applicant: null,
      assessments: [],
      mentor: { bioFilled: true, caseRecords: 0, languages: 1, timezone: false },
    });
    expect(c.items.every((i) => i.key.startsWith("mentor."))).toBe(true);
    expect(c.percent).toBe(45);
    expect(c.next?.label).toBe("Add your case record to your mentor profile");
  });
});
