// What the mentor pages receive: shapes in which a field the viewer may not see is absent (null).
import type {
  FieldCode,
  OutcomeCode,
  ServiceCentreCode,
  Visibility,
} from "@/lib/domain/case-facts";
import type { CriterionCode } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { MentorSummary } from "./types";

/**
 * Who is looking at a mentor's profile, which decides what the query selects. `counterpart`: the
 * other side of an accepted mentorship with this mentor.
 */
export type ViewerRelation = "anonymous" | "member" | "counterpart" | "self" | "admin";

/** Dates, service centre, premium, attorney, RFE and claimed criteria: shown per the mentor's setting. */
export interface CaseDetailsView {
  filedMonth: string | null;
  decidedMonth: string | null;
  serviceCentre: ServiceCentreCode;
  premium: boolean | null;
  selfFiled: boolean | null;
  rfe: boolean;
  rfeCriteria: CriterionCode[];
  criteriaClaimed: CriterionCode[];
}

export interface CaseRecordView {
  pathway: PathwayCode;
  outcome: OutcomeCode;
  verified: boolean;
  /** Null for signed-out visitors. */
  decidedYear: number | null;
  /** Null for signed-out visitors. */
  criteriaAccepted: CriterionCode[] | null;
  /** Null unless the mentor's case-details visibility lets this viewer see them. */
  details: CaseDetailsView | null;
}

export interface MentorProfileView {
  relation: ViewerRelation;
  /** Null for signed-out visitors (they cannot act on it). */
  userId: string | null;
  handle: string;
  displayName: string;
  bio: string;
  field: FieldCode | null;
  topics: string[];
  languages: string[];
  verified: boolean;
  /** Null for signed-out visitors. */
  timezone: string | null;
  /** Null for signed-out visitors. */
  availability: Pick<MentorSummary, "accepting" | "capacity" | "activeMentees"> | null;
  /** Null when not given or not visible to this viewer. */
  countryOfBirth: string | null;
  /** The mentor's own settings: only for the mentor and admins. */
  visibility: { country: Visibility; caseDetails: Visibility } | null;
  /** Signed-out visitors get approved cases only. */
  cases: CaseRecordView[];
  /** Null when the viewer cannot bookmark (signed out, or their own profile). */
  bookmarked: boolean | null;
}

export interface DirectoryPage {
  mentors: MentorSummary[];
  /** Which of these mentors the viewer has bookmarked. */
  bookmarkedIds: string[];
  /** The cursor of the next page, if there is one. */
  next?: string;
}

export interface BookmarkPage {
  mentors: MentorSummary[];
  next?: string;
}
