CREATE TYPE "public"."decline_reason" AS ENUM('no_capacity', 'outside_experience', 'timing', 'not_a_fit', 'other');--> statement-breakpoint
CREATE TYPE "public"."request_state" AS ENUM('pending', 'info_requested', 'accepted', 'declined', 'withdrawn', 'expired', 'completed');--> statement-breakpoint
CREATE TYPE "public"."checklist_status" AS ENUM('not_started', 'gathering', 'drafted', 'strong');--> statement-breakpoint
CREATE TYPE "public"."notification_type" AS ENUM('request_new', 'request_question', 'request_answered', 'request_accepted', 'request_declined', 'request_withdrawn', 'request_expiring', 'request_expired', 'message_new', 'mentorship_ended', 'feedback_asked', 'mentor_paused');--> statement-breakpoint
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
	"reminder_sent_at" timestamp with time zone,
	"expiry_notified_at" timestamp with time zone,
	"feedback_asked_at" timestamp with time zone,
	"idempotency_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentorship_requests_not_self" CHECK ("mentorship_requests"."applicant_id" <> "mentorship_requests"."mentor_id"),
	CONSTRAINT "mentorship_requests_goals_length" CHECK (char_length("mentorship_requests"."goals") between 1 and 2000),
	CONSTRAINT "mentorship_requests_message_length" CHECK (char_length("mentorship_requests"."message") between 1 and 2000),
	CONSTRAINT "mentorship_requests_decline_has_reason" CHECK ("mentorship_requests"."state" <> 'declined' or "mentorship_requests"."decline_reason" is not null)
);
--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"request_id" uuid NOT NULL,
	"pathway" "pathway" NOT NULL,
	"criterion" text NOT NULL,
	"status" "checklist_status" DEFAULT 'not_started' NOT NULL,
	"applicant_note" text,
	"mentor_comment" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_items_request_id_pathway_criterion_pk" PRIMARY KEY("request_id","pathway","criterion"),
	CONSTRAINT "checklist_note_length" CHECK (char_length("checklist_items"."applicant_note") <= 1000),
	CONSTRAINT "checklist_comment_length" CHECK (char_length("checklist_items"."mentor_comment") <= 1000)
);
--> statement-breakpoint
CREATE TABLE "mentorship_feedback" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"rating" integer NOT NULL,
	"text" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentorship_feedback_rating" CHECK ("mentorship_feedback"."rating" between 1 and 5),
	CONSTRAINT "mentorship_feedback_text_length" CHECK (char_length("mentorship_feedback"."text") <= 2000)
);
--> statement-breakpoint
CREATE TABLE "mentorship_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"text" text NOT NULL,
	"due_date" date,
	"done" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentorship_goals_text_length" CHECK (char_length("mentorship_goals"."text") between 1 and 500)
);
--> statement-breakpoint
CREATE TABLE "mentorship_messages" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentorship_messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"request_id" uuid NOT NULL,
	"author_id" uuid,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentorship_messages_body_length" CHECK (char_length("mentorship_messages"."body") between 1 and 5000)
);
--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"user_id" uuid NOT NULL,
	"type" "notification_type" NOT NULL,
	"in_app" boolean DEFAULT true NOT NULL,
	"email" boolean NOT NULL,
	CONSTRAINT "notification_preferences_user_id_type_pk" PRIMARY KEY("user_id","type")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "notifications_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"recipient_id" uuid NOT NULL,
	"type" "notification_type" NOT NULL,
	"actor_id" uuid,
	"request_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentorship_requests" ADD CONSTRAINT "mentorship_requests_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_requests" ADD CONSTRAINT "mentorship_requests_mentor_id_mentor_profiles_user_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."mentor_profiles"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_requests" ADD CONSTRAINT "mentorship_requests_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_request_id_mentorship_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mentorship_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_feedback" ADD CONSTRAINT "mentorship_feedback_request_id_mentorship_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mentorship_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_goals" ADD CONSTRAINT "mentorship_goals_request_id_mentorship_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mentorship_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_messages" ADD CONSTRAINT "mentorship_messages_request_id_mentorship_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mentorship_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_messages" ADD CONSTRAINT "mentorship_messages_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_request_id_mentorship_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."mentorship_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mentorship_requests_one_open_per_pair" ON "mentorship_requests" USING btree ("applicant_id","mentor_id") WHERE "mentorship_requests"."state" in ('pending', 'info_requested');--> statement-breakpoint
CREATE UNIQUE INDEX "mentorship_requests_idempotency" ON "mentorship_requests" USING btree ("applicant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "mentorship_requests_applicant_idx" ON "mentorship_requests" USING btree ("applicant_id","created_at");--> statement-breakpoint
CREATE INDEX "mentorship_requests_mentor_idx" ON "mentorship_requests" USING btree ("mentor_id","state","created_at");--> statement-breakpoint
CREATE INDEX "mentorship_requests_deadline_idx" ON "mentorship_requests" USING btree ("deadline_at") WHERE "mentorship_requests"."state" in ('pending', 'info_requested');--> statement-breakpoint
CREATE INDEX "mentorship_goals_request_idx" ON "mentorship_goals" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "mentorship_messages_request_idx" ON "mentorship_messages" USING btree ("request_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id","created_at","id");--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("recipient_id") WHERE "notifications"."read_at" is null;