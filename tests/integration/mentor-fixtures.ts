// Small local helpers for the mentor tests: a mentor with a profile and case records in one call.
import { db } from "@/db/client";
import {
  caseRecords,
  mentorProfiles,
  type CaseRecord,
  type MentorProfile,
  type User,
} from "@/db/schema";
import type { CaseRecordInput, MentorProfileInput } from "@/lib/mentors/schemas";
import { buildCaseRecord, buildMentorProfile } from "@/tests/factories";
import { insertUser } from "./helpers";

type ProfileFields = Partial<Omit<MentorProfile, "userId" | "searchVector">>;
type CaseFields = Partial<Omit<CaseRecord, "id" | "mentorUserId">>;

export async function insertMentor(
  profile: ProfileFields = {},
  cases: CaseFields[] = [],
  user: Parameters<typeof insertUser>[0] = {},
): Promise<User> {
  const u = await insertUser(user);
  await db.insert(mentorProfiles).values(buildMentorProfile(u.id, profile));
  if (cases.length > 0) {
    await db.insert(caseRecords).values(cases.map((c) => buildCaseRecord(u.id, c)));
  }
  return u;
}

/** A valid mentor profile form, as FormData would arrive (strings). */
export function profileForm(overrides: Record<string, unknown> = {}): MentorProfileInput {
  return {
    bio: "NLP researcher; approved EB-1A in 2024 after an RFE.",
    field: "ai_computing",
    topics: "peer review, NLP, recommendation letters",
    languages: ["hi", "en"],
    timezone: "America/Los_Angeles",
    countryOfBirth: "IN",
    countryVisibility: "members",
    caseDetailsVisibility: "private",
    capacity: "3",
    accepting: "on",
    ...overrides,
  } as MentorProfileInput;
}

/** A valid case record form, as FormData would arrive (strings). */
export function caseForm(overrides: Record<string, unknown> = {}): CaseRecordInput {
  return {
    pathway: "eb1a",
    filedMonth: "2023-09",
    decidedMonth: "2024-02",
    serviceCentre: "nsc",
    premium: "yes",
    selfFiled: "yes",
    rfe: "yes",
    rfeCriteria: "original_contributions",
    outcome: "approved",
    criteriaClaimed: ["scholarly_articles", "judging", "original_contributions", "awards"],
    criteriaAccepted: ["scholarly_articles", "judging", "original_contributions"],
    ...overrides,
  } as CaseRecordInput;
}
