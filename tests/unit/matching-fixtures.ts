// Builders for matching unit tests: an applicant and mentors that share nothing unless a test says so.
import type { ApplicantFacts, MentorFacts } from "@/lib/matching/types";

/** A winter moment: Los Angeles UTC-8, Chicago UTC-6, New York UTC-5, London UTC+0. */
export const WINTER = new Date("2026-01-15T12:00:00Z");

export function applicant(overrides: Partial<ApplicantFacts> = {}): ApplicantFacts {
  return {
    userId: "a0000000-0000-4000-8000-000000000000",
    targetPathways: ["eb1a"],
    assessments: {},
    stage: "building_evidence",
    field: "ai_computing",
    keywords: [],
    countryOfBirth: null,
    languages: ["en"],
    timezone: null,
    ...overrides,
  };
}

let n = 0;

export function mentor(overrides: Partial<MentorFacts> = {}): MentorFacts {
  n += 1;
  return {
    userId: `m${String(n).padStart(7, "0")}-0000-4000-8000-000000000000`,
    cases: [{ pathway: "eb1a", criteriaAccepted: [], verified: false }],
    rfes: [],
    field: null,
    topics: [],
    languages: ["en"],
    timezone: null,
    countryOfBirth: null,
    accepting: true,
    capacity: 3,
    activeMentees: 0,
    pendingRequests: 0,
    ...overrides,
  };
}

export function weightSum(reasons: Array<{ weight: number }>): number {
  return reasons.reduce((sum, r) => sum + r.weight, 0);
}
