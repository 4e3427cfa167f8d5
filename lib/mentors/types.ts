// What a mentor card shows: the shape shared by matches, the directory and bookmarks.
import type { FieldCode, OutcomeCode } from "@/lib/domain/case-facts";
import type { PathwayCode } from "@/lib/domain/pathways";

export interface MentorCaseSummary {
  pathway: PathwayCode;
  outcome: OutcomeCode;
  /** Year of the decision, if the mentor gave the month. */
  decidedYear: number | null;
  verified: boolean;
}

export interface MentorSummary {
  userId: string;
  handle: string;
  displayName: string;
  /** The first part of the bio, for cards. */
  bioExcerpt: string;
  field: FieldCode | null;
  topics: string[];
  languages: string[];
  /** At least one approved case record verified by an admin. */
  verified: boolean;
  accepting: boolean;
  capacity: number;
  activeMentees: number;
  cases: MentorCaseSummary[];
  /** When the mentor last used Landed (filled by getMentorSummaries). */
  lastActiveAt?: Date | null;
  /** Median hours to answer a request over the last 90 days; null without answers. */
  medianResponseHours?: number | null;
  /** Average rating and count, present only from 3 ratings on. */
  feedback?: { average: number; count: number } | null;
}
