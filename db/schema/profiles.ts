// Applicant and mentor profiles, self-assessments, case records and bookmarks
// (docs/architecture.md; the facts they hold: docs/domain.md).
import { sql, type SQL } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { pathwayCodes } from "@/lib/domain/pathways";
import { stageCodes } from "@/lib/domain/stages";
import { strengthLevels } from "@/lib/domain/criteria";
import { outcomeCodes, serviceCentreCodes, visibilityLevels } from "@/lib/domain/case-facts";
import { timestamps } from "./columns";
import { users } from "./users";

export const pathwayEnum = pgEnum("pathway", pathwayCodes);
export const stageEnum = pgEnum("stage", stageCodes);
export const strengthEnum = pgEnum("strength", strengthLevels);
export const visibilityEnum = pgEnum("visibility", visibilityLevels);
export const serviceCentreEnum = pgEnum("service_centre", serviceCentreCodes);
export const outcomeEnum = pgEnum("case_outcome", outcomeCodes);
export const verificationStatusEnum = pgEnum("verification_status", [
  "unverified",
  "pending",
  "verified",
  "rejected",
]);
export const bookmarkTargetEnum = pgEnum("bookmark_target", ["mentor", "content", "thread"]);

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const applicantProfiles = pgTable(
  "applicant_profiles",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    targetPathways: pathwayEnum("target_pathways")
      .array()
      .notNull()
      .default(sql`'{}'`),
    field: text("field"),
    keywords: text("keywords")
      .array()
      .notNull()
      .default(sql`'{}'`),
    countryOfBirth: text("country_of_birth"),
    currentStatus: text("current_status"),
    stage: stageEnum("stage"),
    goals: text("goals"),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'`),
    timezone: text("timezone"),
    countryVisibility: visibilityEnum("country_visibility").notNull().default("private"),
    statusVisibility: visibilityEnum("status_visibility").notNull().default("private"),
    stageVisibility: visibilityEnum("stage_visibility").notNull().default("private"),
    evidenceVisibility: visibilityEnum("evidence_visibility").notNull().default("private"),
    /** How many onboarding steps are saved; the wizard resumes at the next one. */
    onboardingStep: integer("onboarding_step").notNull().default(0),
    onboardingCompletedAt: timestamp("onboarding_completed_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("applicant_profiles_pathways_idx").using("gin", t.targetPathways),
    check("applicant_country_format", sql`${t.countryOfBirth} ~ '^[A-Z]{2}$'`),
    check("applicant_goals_length", sql`char_length(${t.goals}) <= 2000`),
    check("applicant_keywords_count", sql`coalesce(array_length(${t.keywords}, 1), 0) <= 20`),
  ],
);

export const criterionAssessments = pgTable(
  "criterion_assessments",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => applicantProfiles.userId, { onDelete: "cascade" }),
    pathway: pathwayEnum("pathway").notNull(),
    criterion: text("criterion").notNull(),
    strength: strengthEnum("strength").notNull(),
    note: text("note"),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.pathway, t.criterion] }),
    check("assessment_note_length", sql`char_length(${t.note}) <= 280`),
  ],
);

export const mentorProfiles = pgTable(
  "mentor_profiles",
  {
    userId: uuid("user_id")
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    bio: text("bio").notNull().default(""),
    field: text("field"),
    topics: text("topics")
      .array()
      .notNull()
      .default(sql`'{}'`),
    languages: text("languages")
      .array()
      .notNull()
      .default(sql`'{}'`),
    timezone: text("timezone"),
    countryOfBirth: text("country_of_birth"),
    countryVisibility: visibilityEnum("country_visibility").notNull().default("private"),
    /** Dates, service centre, premium, attorney, RFE: the summary (pathway, outcome, year) is always shown. */
    caseDetailsVisibility: visibilityEnum("case_details_visibility").notNull().default("private"),
    capacity: integer("capacity").notNull().default(2),
    accepting: boolean("accepting").notNull().default(true),
    pausedReason: text("paused_reason"),
    // Kept in step with mentorships and requests in the same transactions (mentorship issue).
    activeMentees: integer("active_mentees").notNull().default(0),
    pendingRequests: integer("pending_requests").notNull().default(0),
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('english', landed_text_array(${mentorProfiles.topics})), 'A') || setweight(to_tsvector('english', replace(coalesce(${mentorProfiles.field}, ''), '_', ' ')), 'A') || setweight(to_tsvector('english', ${mentorProfiles.bio}), 'B')`,
    ),
    ...timestamps,
  },
  (t) => [
    index("mentor_profiles_search_idx").using("gin", t.searchVector),
    index("mentor_profiles_languages_idx").using("gin", t.languages),
    index("mentor_profiles_created_idx").on(t.createdAt, t.userId),
    check("mentor_capacity_range", sql`${t.capacity} between 0 and 20`),
    check("mentor_active_mentees_range", sql`${t.activeMentees} >= 0`),
    check("mentor_pending_requests_range", sql`${t.pendingRequests} >= 0`),
    check("mentor_bio_length", sql`char_length(${t.bio}) <= 2000`),
    check("mentor_country_format", sql`${t.countryOfBirth} ~ '^[A-Z]{2}$'`),
  ],
);

export const caseRecords = pgTable(
  "case_records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    mentorUserId: uuid("mentor_user_id")
      .notNull()
      .references(() => mentorProfiles.userId, { onDelete: "cascade" }),
    pathway: pathwayEnum("pathway").notNull(),
    filedMonth: date("filed_month", { mode: "string" }),
    decidedMonth: date("decided_month", { mode: "string" }),
    serviceCentre: serviceCentreEnum("service_centre").notNull().default("unknown"),
    premium: boolean("premium"),
    selfFiled: boolean("self_filed"),
    rfe: boolean("rfe").notNull().default(false),
    rfeCriteria: text("rfe_criteria")
      .array()
      .notNull()
      .default(sql`'{}'`),
    outcome: outcomeEnum("outcome").notNull(),
    criteriaClaimed: text("criteria_claimed")
      .array()
      .notNull()
      .default(sql`'{}'`),
    criteriaAccepted: text("criteria_accepted")
      .array()
      .notNull()
      .default(sql`'{}'`),
    verificationStatus: verificationStatusEnum("verification_status")
      .notNull()
      .default("unverified"),
    verifiedBy: uuid("verified_by").references(() => users.id, { onDelete: "set null" }),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    /** Why an admin rejected the evidence, shown to the mentor. */
    verificationNote: text("verification_note"),
    ...timestamps,
  },
  (t) => [
    index("case_records_mentor_idx").on(t.mentorUserId),
    index("case_records_pathway_outcome_idx").on(t.pathway, t.outcome, t.mentorUserId),
    check(
      "case_decided_after_filed",
      sql`${t.decidedMonth} is null or ${t.filedMonth} is null or ${t.decidedMonth} >= ${t.filedMonth}`,
    ),
    check("case_accepted_within_claimed", sql`${t.criteriaAccepted} <@ ${t.criteriaClaimed}`),
    check(
      "case_rfe_criteria_need_rfe",
      sql`${t.rfe} or coalesce(array_length(${t.rfeCriteria}, 1), 0) = 0`,
    ),
  ],
);

export const bookmarks = pgTable(
  "bookmarks",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    targetType: bookmarkTargetEnum("target_type").notNull(),
    targetId: text("target_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.targetType, t.targetId] }),
    index("bookmarks_user_created_idx").on(t.userId, t.targetType, t.createdAt),
  ],
);

export type ApplicantProfile = typeof applicantProfiles.$inferSelect;
export type CriterionAssessment = typeof criterionAssessments.$inferSelect;
export type MentorProfile = typeof mentorProfiles.$inferSelect;
export type CaseRecord = typeof caseRecords.$inferSelect;
export type Bookmark = typeof bookmarks.$inferSelect;
