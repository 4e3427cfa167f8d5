// A match and the reasons behind it; each reason is one scored feature with its weight.

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
  | "stage_experience"
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
