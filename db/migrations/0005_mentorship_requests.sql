CREATE TYPE "public"."decline_reason" AS ENUM('no_capacity', 'outside_experience', 'timing', 'not_a_fit', 'other');--> statement-breakpoint
CREATE TYPE "public"."request_state" AS ENUM('pending', 'info_requested', 'accepted', 'declined', 'withdrawn', 'expired', 'completed');--> statement-breakpoint
CREATE TABLE "mentorship_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"applicant_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"goals" text NOT NULL,
	"message" text NOT NULL,
	"state" "request_state" DEFAULT 'pending' NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"info_question" text,
	"info_answer" text,
	"decline_reason" "decline_reason",
	"decline_text" text,
	"responded_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"ended_by" uuid,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentorship_requests_not_self" CHECK ("mentorship_requests"."applicant_id" <> "mentorship_requests"."mentor_id"),
	CONSTRAINT "mentorship_requests_goals_length" CHECK (char_length("mentorship_requests"."goals") between 1 and 2000),
	CONSTRAINT "mentorship_requests_message_length" CHECK (char_length("mentorship_requests"."message") between 1 and 2000),
	CONSTRAINT "mentorship_requests_decline_has_reason" CHECK ("mentorship_requests"."state" <> 'declined' or "mentorship_requests"."decline_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "mentorship_requests" ADD CONSTRAINT "mentorship_requests_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_requests" ADD CONSTRAINT "mentorship_requests_mentor_id_mentor_profiles_user_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."mentor_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_requests" ADD CONSTRAINT "mentorship_requests_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mentorship_requests_one_open_per_pair" ON "mentorship_requests" USING btree ("applicant_id","mentor_id") WHERE "mentorship_requests"."state" in ('pending', 'info_requested');--> statement-breakpoint
CREATE UNIQUE INDEX "mentorship_requests_idempotency" ON "mentorship_requests" USING btree ("applicant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "mentorship_requests_applicant_idx" ON "mentorship_requests" USING btree ("applicant_id","created_at");--> statement-breakpoint
CREATE INDEX "mentorship_requests_mentor_idx" ON "mentorship_requests" USING btree ("mentor_id","state","created_at");--> statement-breakpoint
CREATE INDEX "mentorship_requests_deadline_idx" ON "mentorship_requests" USING btree ("deadline_at") WHERE "mentorship_requests"."state" in ('pending', 'info_requested');