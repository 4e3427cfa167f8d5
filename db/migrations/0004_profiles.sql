CREATE TYPE "public"."bookmark_target" AS ENUM('mentor', 'content', 'thread');--> statement-breakpoint
CREATE TYPE "public"."case_outcome" AS ENUM('approved', 'denied', 'withdrawn', 'pending');--> statement-breakpoint
CREATE TYPE "public"."pathway" AS ENUM('eb1a', 'eb1b', 'eb1c', 'eb2_niw', 'o1a');--> statement-breakpoint
CREATE TYPE "public"."service_centre" AS ENUM('nsc', 'tsc', 'other', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."stage" AS ENUM('exploring', 'assessing', 'building_evidence', 'drafting', 'filed', 'rfe', 'approved', 'waiting_priority_date', 'adjusting', 'green_card', 'denied', 'appeal_or_refile');--> statement-breakpoint
CREATE TYPE "public"."strength" AS ENUM('none', 'some', 'strong');--> statement-breakpoint
CREATE TYPE "public"."verification_status" AS ENUM('unverified', 'pending', 'verified', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."visibility" AS ENUM('private', 'members', 'public');--> statement-breakpoint
CREATE TABLE "applicant_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"target_pathways" "pathway"[] DEFAULT '{}' NOT NULL,
	"field" text,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"country_of_birth" text,
	"current_status" text,
	"stage" "stage",
	"goals" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"timezone" text,
	"country_visibility" "visibility" DEFAULT 'private' NOT NULL,
	"status_visibility" "visibility" DEFAULT 'private' NOT NULL,
	"stage_visibility" "visibility" DEFAULT 'private' NOT NULL,
	"evidence_visibility" "visibility" DEFAULT 'private' NOT NULL,
	"onboarding_step" integer DEFAULT 0 NOT NULL,
	"onboarding_completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applicant_country_format" CHECK ("applicant_profiles"."country_of_birth" ~ '^[A-Z]{2}$'),
	CONSTRAINT "applicant_goals_length" CHECK (char_length("applicant_profiles"."goals") <= 2000),
	CONSTRAINT "applicant_keywords_count" CHECK (coalesce(array_length("applicant_profiles"."keywords", 1), 0) <= 20)
);
--> statement-breakpoint
CREATE TABLE "bookmarks" (
	"user_id" uuid NOT NULL,
	"target_type" "bookmark_target" NOT NULL,
	"target_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "bookmarks_user_id_target_type_target_id_pk" PRIMARY KEY("user_id","target_type","target_id")
);
--> statement-breakpoint
CREATE TABLE "case_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mentor_user_id" uuid NOT NULL,
	"pathway" "pathway" NOT NULL,
	"filed_month" date,
	"decided_month" date,
	"service_centre" "service_centre" DEFAULT 'unknown' NOT NULL,
	"premium" boolean,
	"self_filed" boolean,
	"rfe" boolean DEFAULT false NOT NULL,
	"rfe_criteria" text[] DEFAULT '{}' NOT NULL,
	"outcome" "case_outcome" NOT NULL,
	"criteria_claimed" text[] DEFAULT '{}' NOT NULL,
	"criteria_accepted" text[] DEFAULT '{}' NOT NULL,
	"verification_status" "verification_status" DEFAULT 'unverified' NOT NULL,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_decided_after_filed" CHECK ("case_records"."decided_month" is null or "case_records"."filed_month" is null or "case_records"."decided_month" >= "case_records"."filed_month"),
	CONSTRAINT "case_accepted_within_claimed" CHECK ("case_records"."criteria_accepted" <@ "case_records"."criteria_claimed"),
	CONSTRAINT "case_rfe_criteria_need_rfe" CHECK ("case_records"."rfe" or coalesce(array_length("case_records"."rfe_criteria", 1), 0) = 0)
);
--> statement-breakpoint
CREATE TABLE "criterion_assessments" (
	"user_id" uuid NOT NULL,
	"pathway" "pathway" NOT NULL,
	"criterion" text NOT NULL,
	"strength" "strength" NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "criterion_assessments_user_id_pathway_criterion_pk" PRIMARY KEY("user_id","pathway","criterion"),
	CONSTRAINT "assessment_note_length" CHECK (char_length("criterion_assessments"."note") <= 280)
);
--> statement-breakpoint
CREATE TABLE "mentor_profiles" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"field" text,
	"topics" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"timezone" text,
	"country_of_birth" text,
	"country_visibility" "visibility" DEFAULT 'private' NOT NULL,
	"case_details_visibility" "visibility" DEFAULT 'private' NOT NULL,
	"capacity" integer DEFAULT 2 NOT NULL,
	"accepting" boolean DEFAULT true NOT NULL,
	"paused_reason" text,
	"active_mentees" integer DEFAULT 0 NOT NULL,
	"pending_requests" integer DEFAULT 0 NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', landed_text_array("mentor_profiles"."topics")), 'A') || setweight(to_tsvector('english', replace(coalesce("mentor_profiles"."field", ''), '_', ' ')), 'A') || setweight(to_tsvector('english', "mentor_profiles"."bio"), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentor_capacity_range" CHECK ("mentor_profiles"."capacity" between 0 and 20),
	CONSTRAINT "mentor_active_mentees_range" CHECK ("mentor_profiles"."active_mentees" >= 0),
	CONSTRAINT "mentor_pending_requests_range" CHECK ("mentor_profiles"."pending_requests" >= 0),
	CONSTRAINT "mentor_bio_length" CHECK (char_length("mentor_profiles"."bio") <= 2000),
	CONSTRAINT "mentor_country_format" CHECK ("mentor_profiles"."country_of_birth" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
ALTER TABLE "applicant_profiles" ADD CONSTRAINT "applicant_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookmarks" ADD CONSTRAINT "bookmarks_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_mentor_user_id_mentor_profiles_user_id_fk" FOREIGN KEY ("mentor_user_id") REFERENCES "public"."mentor_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_records" ADD CONSTRAINT "case_records_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "criterion_assessments" ADD CONSTRAINT "criterion_assessments_user_id_applicant_profiles_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."applicant_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_profiles" ADD CONSTRAINT "mentor_profiles_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applicant_profiles_pathways_idx" ON "applicant_profiles" USING gin ("target_pathways");--> statement-breakpoint
CREATE INDEX "bookmarks_user_created_idx" ON "bookmarks" USING btree ("user_id","target_type","created_at");--> statement-breakpoint
CREATE INDEX "case_records_mentor_idx" ON "case_records" USING btree ("mentor_user_id");--> statement-breakpoint
CREATE INDEX "case_records_pathway_outcome_idx" ON "case_records" USING btree ("pathway","outcome","mentor_user_id");--> statement-breakpoint
CREATE INDEX "mentor_profiles_search_idx" ON "mentor_profiles" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "mentor_profiles_languages_idx" ON "mentor_profiles" USING gin ("languages");--> statement-breakpoint
CREATE INDEX "mentor_profiles_created_idx" ON "mentor_profiles" USING btree ("created_at","user_id");