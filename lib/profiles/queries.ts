// Reading applicant profiles: the owner's full profile, and what any other viewer may see of one.
import "server-only";
import { asc, count, eq, inArray, sql } from "drizzle-orm";
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
import { counterpartSql } from "@/lib/mentorship/counterpart";
import type { MentorBasics } from "./completeness";
import { canSeeBasics, canSeeField, type ViewerAccess } from "./visibility";
import type { Actor } from "@/lib/auth/actor";

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

/** How `viewer` stands to the owner; `counterpart` says whether they share an accepted mentorship. */
function accessOf(viewer: Actor | null, userId: string, counterpart: boolean): ViewerAccess {
  if (!viewer) return "anonymous";
  if (viewer.id === userId) return "self";
  if (hasRoleAtLeast(viewer, "admin")) return "admin";
  if (counterpart) return "counterpart";
  return "member";
}

/** One profile row as a viewer with this access may see it (assessments are added by the caller). */
function viewOf(row: ApplicantProfile, access: ViewerAccess): ApplicantProfileView {
  const view: ApplicantProfileView = { userId: row.userId, access };
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
  if (canSeeField(row.evidenceVisibility, access)) view.goals = row.goals;
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

/**
 * What `viewer` (null for a signed-out visitor) may see of each of these applicant profiles, keyed
 * by user id; people with no profile are left out. Two queries whatever the number of profiles:
 * the rows with the viewer's mentorship relation to each, then the self-assessments they may see.
 * `sharedAssessments`: people who showed the viewer their self-assessment whatever its visibility
 * (an applicant does so by sending the viewer a request; the caller vouches for that).
 */
export async function getApplicantProfilesForViewer(
  viewer: Actor | null,
  userIds: readonly string[],
  sharedAssessments: readonly string[] = [],
): Promise<Map<string, ApplicantProfileView>> {
  const ids = [...new Set(userIds)];
  const result = new Map<string, ApplicantProfileView>();
  if (ids.length === 0) return result;
  const rows = await db
    .select({
      profile: applicantProfiles,
      counterpart: viewer
        ? counterpartSql(viewer.id, applicantProfiles.userId)
        : sql<boolean>`false`,
    })
    .from(applicantProfiles)
    .where(inArray(applicantProfiles.userId, ids));
  const withEvidence: string[] = [];
  for (const { profile, counterpart } of rows) {
    const access = accessOf(viewer, profile.userId, counterpart === true);
    result.set(profile.userId, viewOf(profile, access));
    const shared = sharedAssessments.includes(profile.userId);
    if (shared || canSeeField(profile.evidenceVisibility, access))
      withEvidence.push(profile.userId);
  }
  if (withEvidence.length === 0) return result;
  // Only fetched where it may be shown, so a withheld self-assessment never leaves the database.
  const assessments = await db
    .select({
      userId: criterionAssessments.userId,
      pathway: criterionAssessments.pathway,
      criterion: criterionAssessments.criterion,
      strength: criterionAssessments.strength,
      note: criterionAssessments.note,
    })
    .from(criterionAssessments)
    .where(inArray(criterionAssessments.userId, withEvidence))
    .orderBy(asc(criterionAssessments.pathway), asc(criterionAssessments.criterion));
  for (const id of withEvidence) result.get(id)!.assessments = [];
  for (const { userId, ...a } of assessments) {
    result.get(userId)!.assessments!.push({ ...a, criterion: a.criterion as CriterionCode });
  }
  return result;
}

/** What `viewer` (null for a signed-out visitor) may see of `userId`'s applicant profile, or null if none. */
export async function getApplicantProfileForViewer(
  viewer: Actor | null,
  userId: string,
): Promise<ApplicantProfileView | null> {
  return (await getApplicantProfilesForViewer(viewer, [userId])).get(userId) ?? null;
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
