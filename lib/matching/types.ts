// A match and the reasons behind it; each reason is one scored feature with its weight.
import type { CriterionCode, Strength } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { StageCode } from "@/lib/domain/stages";
import type { MentorSummary } from "@/lib/mentors/types";

export type ReasonCode =
  | "pathway_approved"
  | "complements_weak_criterion"
  | "rfe_experience"
  | "same_chargeability"
  | "same_field"
  | "shared_topics"
  | "shared_language"
  | "timezone_close"
  | "verified_outcome"
  | "load_penalty";

export interface MatchReason {
  code: ReasonCode;
  /** Plain words, e.g. "Approved EB-1A, your target". */
  label: string;
  /** Points this feature added to the score (negative for a penalty). */
  weight: number;
}

export interface MatchResult {
  score: number;
  reasons: MatchReason[];
}

/** What scoring knows about the applicant: their own profile, so nothing in it is hidden from them. */
export interface ApplicantFacts {
  userId: string;
  targetPathways: readonly PathwayCode[];
  /** Self-assessment per target pathway and criterion; a criterion left out is not known. */
  assessments: Partial<Record<PathwayCode, Partial<Record<CriterionCode, Strength>>>>;
  stage: StageCode | null;
  /** A field family code (lib/domain/case-facts `fieldCodes`). */
  field: string | null;
  keywords: readonly string[];
  /** ISO 3166-1 alpha-2. */
  countryOfBirth: string | null;
  /** ISO 639-1 codes. */
  languages: readonly string[];
  /** IANA time zone. */
  timezone: string | null;
}

/** One approved case record of the mentor. */
export interface MentorCaseFacts {
  pathway: PathwayCode;
  criteriaAccepted: readonly CriterionCode[];
  /** Verified by an admin from the approval notice. */
  verified: boolean;
}

/** An RFE the mentor answered on an approved case (only when their case details are visible). */
export interface MentorRfeFacts {
  pathway: PathwayCode;
  criteria: readonly CriterionCode[];
}

/**
 * What scoring may use about a mentor: only what the applicant may see. The candidates query
 * leaves `countryOfBirth` null and `rfes` empty when the mentor keeps them private.
 */
export interface MentorFacts {
  userId: string;
  /** Approved case records (the candidates query returns those on the applicant's targets). */
  cases: readonly MentorCaseFacts[];
  rfes: readonly MentorRfeFacts[];
  field: string | null;
  topics: readonly string[];
  languages: readonly string[];
  timezone: string | null;
  countryOfBirth: string | null;
  accepting: boolean;
  capacity: number;
  activeMentees: number;
  pendingRequests: number;
}

/** A ranked match ready for a card. */
export interface MentorMatch extends MatchResult {
  rank: number;
  mentor: MentorSummary;
  /** The applicant bookmarked this mentor. */
  bookmarked: boolean;
}
