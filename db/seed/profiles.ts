// Writes applicant and mentor profiles for the demo people and the generated members.
import { createHash } from "node:crypto";
import { inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import {
  applicantProfiles,
  caseRecords,
  criterionAssessments,
  mentorProfiles,
  users,
} from "@/db/schema";
import { pathwayRequirements } from "@/lib/domain/criteria";
import {
  demoApplicants,
  demoMentors,
  type DemoApplicant,
  type DemoCase,
  type DemoMentor,
} from "./demo-profiles";
import { generatedApplicant, generatedMentor } from "./generated-profiles";

/** Same name, same id: case records stay idempotent across seed runs. */
export function stableUuid(name: string): string {
  const h = createHash("sha1").update(name).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
}

export async function seedProfiles(
  tx: Tx,
  generatedEmails: string[],
): Promise<{ applicants: number; mentors: number }> {
  // One in five generated members is a mentor; three in five have an applicant profile.
  const mentorCount = Math.round(generatedEmails.length / 5);
  const applicantEnd = Math.round((generatedEmails.length * 4) / 5);
  const mentors: DemoMentor[] = [
    ...demoMentors,
    ...generatedEmails.slice(0, mentorCount).map((email, i) => generatedMentor(i, email)),
  ];
  const applicants: DemoApplicant[] = [
    ...demoApplicants,
    ...generatedEmails
      .slice(mentorCount, applicantEnd)
      .map((email, i) => generatedApplicant(mentorCount + i, email)),
  ];

  const emails = [...mentors.map((m) => m.email), ...applicants.map((a) => a.email)];
  const ids = new Map<string, string>();
  for (let i = 0; i < emails.length; i += 1000) {
    const rows = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, emails.slice(i, i + 1000)));
    for (const r of rows) ids.set(r.email, r.id);
  }
  const idOf = (email: string) => {
    const id = ids.get(email);
    if (!id) throw new Error(`Seed: no user for ${email}`);
    return id;
  };

  const joined = new Date("2025-10-01T12:00:00Z");
  await insertChunks(applicants, (chunk) =>
    tx
      .insert(applicantProfiles)
      .values(chunk.map((a) => applicantProfileRow(idOf(a.email), a, joined)))
      .onConflictDoNothing(),
  );
  const assessments = applicants.flatMap((a) =>
    a.targetPathways.flatMap((p) =>
      pathwayRequirements[p].criteria.map((criterion) => {
        const given = a.assessment[p]?.[criterion] ?? "none";
        const [strength, note] = Array.isArray(given) ? given : [given, null];
        return { userId: idOf(a.email), pathway: p, criterion, strength, note };
      }),
    ),
  );
  await insertChunks(assessments, (chunk) =>
    tx.insert(criterionAssessments).values(chunk).onConflictDoNothing(),
  );

  await insertChunks(mentors, (chunk) =>
    tx
      .insert(mentorProfiles)
      .values(
        chunk.map((m) => ({
          ...mentorProfileRow(idOf(m.email), m),
          pausedReason: m.pausedReason ?? null,
          createdAt: joined,
        })),
      )
      .onConflictDoNothing(),
  );
  const cases = mentors.flatMap((m) =>
    m.cases.map((c, i) => ({
      ...caseRecordRow(idOf(m.email), c),
      id: stableUuid(`${m.email}#case${i}`),
      verifiedAt: c.verified ? joined : null,
    })),
  );
  await insertChunks(cases, (chunk) => tx.insert(caseRecords).values(chunk).onConflictDoNothing());
  return { applicants: applicants.length, mentors: mentors.length };
}

/** A seeded mentor as a mentor_profiles row (also used by the scale data set). */
/** An applicant's profile row, onboarding finished at `joined`. */
export function applicantProfileRow(userId: string, a: DemoApplicant, joined: Date) {
  return {
    userId,
    targetPathways: a.targetPathways,
    field: a.field,
    keywords: a.keywords,
    countryOfBirth: a.countryOfBirth,
    currentStatus: a.currentStatus,
    stage: a.stage,
    goals: a.goals || null,
    languages: a.languages,
    timezone: a.timezone,
    onboardingStep: 6,
    onboardingCompletedAt: joined,
  };
}

export function mentorProfileRow(userId: string, m: DemoMentor) {
  return {
    userId,
    bio: m.bio,
    field: m.field,
    topics: m.topics,
    languages: m.languages,
    timezone: m.timezone,
    countryOfBirth: m.countryOfBirth,
    countryVisibility: m.countryVisibility,
    caseDetailsVisibility: m.caseDetailsVisibility,
    capacity: m.capacity,
    activeMentees: m.activeMentees,
    accepting: m.accepting,
  };
}

/** A seeded case as a case_records row (also used by the benchmark). */
export function caseRecordRow(mentorUserId: string, c: DemoCase) {
  return {
    mentorUserId,
    pathway: c.pathway,
    filedMonth: c.filedMonth,
    decidedMonth: c.decidedMonth,
    serviceCentre: c.serviceCentre,
    premium: c.premium,
    selfFiled: c.selfFiled,
    rfe: Boolean(c.rfeCriteria?.length),
    rfeCriteria: c.rfeCriteria ?? [],
    outcome: c.outcome,
    criteriaClaimed: c.claimed,
    criteriaAccepted: c.accepted,
    verificationStatus: c.verified ? ("verified" as const) : ("pending" as const),
  };
}
