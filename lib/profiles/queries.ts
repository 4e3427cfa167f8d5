// Reading applicant profiles: the owner's full profile, and what any other viewer may see of one.
import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import {
  applicantProfiles,
  caseRecords,
  criterionAssessments,
  mentorProfiles,
  type ApplicantProfile,
  type CriterionAssessment,
  type User,
} from "@/db/schema";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import type { FieldCode, VisaStatusCode, Visibility } from "@/lib/domain/case-facts";
import type { CriterionCode, Strength } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { StageCode } from "@/lib/domain/stages";
import type { MentorBasics } from "./completeness";
import { canSeeBasics, canSeeField, type ViewerAccess } from "./visibility";

export interface OwnApplicantProfile {
  profile: ApplicantProfile;
  assessments: CriterionAssessment[];
}

/** The signed-in member's own applicant profile with every self-assessment, or null if none yet. */
export async function getOwnApplicantProfile(
  actor: Pick<User, "id">,
): Promise<OwnApplicantProfile | null> {
  const [profile] = await db
    .select()
    .from(applicantProfiles)
    .where(eq(applicantProfiles.userId, actor.id));
  if (!profile) return null;
  const assessments = await db
    .select()
    .from(criterionAssessments)
    .where(eq(criterionAssessments.userId, actor.id))
    .orderBy(asc(criterionAssessments.pathway), asc(criterionAssessments.criterion));
  return { profile, assessments };
}

export interface AssessmentView {
  pathway: PathwayCode;
  criterion: CriterionCode;
  strength: Strength;
  note: string | null;
}

/**
 * One applicant profile as one viewer may see it. A key is present only when the viewer may see the
 * field (a present null means "not filled in"); nothing else leaves this function.
 */
export interface ApplicantProfileView {
  userId: string;
  access: ViewerAccess;
  targetPathways?: PathwayCode[];
  field?: FieldCode | null;
  keywords?: string[];
  languages?: string[];
  timezone?: string | null;
  countryOfBirth?: string | null;
  currentStatus?: VisaStatusCode | null;
  stage?: StageCode | null;
  goals?: string | null;
  assessments?: AssessmentView[];
  /** The owner's visibility choices: shown to the owner and admins only. */
  visibility?: { country: Visibility; status: Visibility; stage: Visibility; evidence: Visibility };
}

/** Whether the two people are in an accepted mentorship with each other. */
export async function isMentorshipCounterpart(
  _viewerId: string,
  _userId: string,
): Promise<boolean> {
  return false; // Mentorships arrive with the mentorship issue, which makes this real.
}

async function accessOf(
  viewer: Pick<User, "id" | "role"> | null,
  userId: string,
): Promise<ViewerAccess> {
  if (!viewer) return "anonymous";
  if (viewer.id === userId) return "self";
  if (hasRoleAtLeast(viewer, "admin")) return "admin";
  if (await isMentorshipCounterpart(viewer.id, userId)) return "counterpart";
  return "member";
}

/** What `viewer` (null for a signed-out visitor) may see of `userId`'s applicant profile, or null if none. */
export async function getApplicantProfileForViewer(
  viewer: Pick<User, "id" | "role"> | null,
  userId: string,
): Promise<ApplicantProfileView | null> {
  const [row] = await db
    .select()
    .from(applicantProfiles)
    .where(eq(applicantProfiles.userId, userId));
  if (!row) return null;
  const access = await accessOf(viewer, userId);
  const view: ApplicantProfileView = { userId, access };
  if (canSeeBasics(access)) {
    view.targetPathways = row.targetPathways;
    view.field = row.field as FieldCode | null;
    view.keywords = row.keywords;
    view.languages = row.languages;
    view.timezone = row.timezone;
  }
  if (canSeeField(row.countryVisibility, access)) view.countryOfBirth = row.countryOfBirth;
  if (canSeeField(row.statusVisibility, access)) {
    view.currentStatus = row.currentStatus as VisaStatusCode | null;
  }
  if (canSeeField(row.stageVisibility, access)) view.stage = row.stage;
  if (canSeeField(row.evidenceVisibility, access)) {
    view.goals = row.goals;
    // Only fetched when it may be shown, so a withheld self-assessment never leaves the database.
    const assessments = await db
      .select({
        pathway: criterionAssessments.pathway,
        criterion: criterionAssessments.criterion,
        strength: criterionAssessments.strength,
        note: criterionAssessments.note,
      })
      .from(criterionAssessments)
      .where(eq(criterionAssessments.userId, userId))
      .orderBy(asc(criterionAssessments.pathway), asc(criterionAssessments.criterion));
    view.assessments = assessments.map((a) => ({ ...a, criterion: a.criterion as CriterionCode }));
  }
  if (access === "self" || access === "admin") {
    view.visibility = {
      country: row.countryVisibility,
      status: row.statusVisibility,
      stage: row.stageVisibility,
      evidence: row.evidenceVisibility,
    };
  }
  return view;
}

/** The little of the member's own mentor profile that the profile page needs, or null if none. */
export async function getOwnMentorBasics(actor: Pick<User, "id">): Promise<MentorBasics | null> {
  const [row] = await db
    .select({
      bio: mentorProfiles.bio,
      languages: mentorProfiles.languages,
      timezone: mentorProfiles.timezone,
      caseRecords: count(caseRecords.id),
    })
    .from(mentorProfiles)
    .leftJoin(caseRecords, eq(caseRecords.mentorUserId, mentorProfiles.userId))
    .where(eq(mentorProfiles.userId, actor.id))
    .groupBy(mentorProfiles.userId);
  if (!row) return null;
  return {
    bioFilled: row.bio.trim().length > 0,
    caseRecords: Number(row.caseRecords),
    languages: row.languages.length,
    timezone: row.timezone !== null && row.timezone !== "",
  };
}
