CREATE TYPE "public"."community_category" AS ENUM('pathways-eligibility', 'evidence-criteria', 'letters', 'filing-rfes', 'life-after-approval', 'off-topic');--> statement-breakpoint
CREATE TYPE "public"."thread_kind" AS ENUM('question', 'discussion');--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'thread_reply';--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'mention';--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'answer_accepted';--> statement-breakpoint
CREATE TABLE "community_follows" (
	"thread_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_follows_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "community_post_revisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "community_post_revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"post_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text,
	"body" text NOT NULL,
	"editor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "community_posts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"thread_id" uuid NOT NULL,
	"author_id" uuid,
	"is_opening" boolean DEFAULT false NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"body" text NOT NULL,
	"body_hash" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"vote_score" integer DEFAULT 0 NOT NULL,
	"author_verified_mentor" boolean DEFAULT false NOT NULL,
	"idempotency_key" text,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"hidden_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "community_posts"."body"), 'B')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_posts_body_length" CHECK (char_length("community_posts"."body") between 1 and 20000),
	CONSTRAINT "community_posts_version_positive" CHECK ("community_posts"."version" > 0),
	CONSTRAINT "community_posts_vote_score" CHECK ("community_posts"."vote_score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "community_threads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid,
	"category" "community_category" NOT NULL,
	"kind" "thread_kind" NOT NULL,
	"title" text NOT NULL,
	"slug" text NOT NULL,
	"pathways" "pathway"[] DEFAULT '{}' NOT NULL,
	"criteria" text[] DEFAULT '{}' NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"idempotency_key" text NOT NULL,
	"reply_count" integer DEFAULT 0 NOT NULL,
	"vote_score" integer DEFAULT 0 NOT NULL,
	"accepted_post_id" uuid,
	"has_mentor_answer" boolean DEFAULT false NOT NULL,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"hidden_at" timestamp with time zone,
	"locked_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "community_threads"."title"), 'A') || setweight(to_tsvector('english', replace(landed_text_array("community_threads"."criteria"), '_', ' ')), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_threads_title_length" CHECK (char_length("community_threads"."title") between 1 and 150),
	CONSTRAINT "community_threads_slug_format" CHECK ("community_threads"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "community_threads_criteria_count" CHECK (coalesce(array_length("community_threads"."criteria", 1), 0) <= 6),
	CONSTRAINT "community_threads_reply_count" CHECK ("community_threads"."reply_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "community_votes" (
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_votes_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "community_follows" ADD CONSTRAINT "community_follows_thread_id_community_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."community_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_follows" ADD CONSTRAINT "community_follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post_revisions" ADD CONSTRAINT "community_post_revisions_post_id_community_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_post_revisions" ADD CONSTRAINT "community_post_revisions_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_posts" ADD CONSTRAINT "community_posts_thread_id_community_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."community_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_posts" ADD CONSTRAINT "community_posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_threads" ADD CONSTRAINT "community_threads_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_threads" ADD CONSTRAINT "community_threads_accepted_post_id_community_posts_id_fk" FOREIGN KEY ("accepted_post_id") REFERENCES "public"."community_posts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_votes" ADD CONSTRAINT "community_votes_post_id_community_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."community_posts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_votes" ADD CONSTRAINT "community_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_follows_user_idx" ON "community_follows" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "community_post_revisions_version" ON "community_post_revisions" USING btree ("post_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "community_posts_one_opening" ON "community_posts" USING btree ("thread_id") WHERE "community_posts"."is_opening";--> statement-breakpoint
CREATE UNIQUE INDEX "community_posts_idempotency" ON "community_posts" USING btree ("author_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "community_posts_thread_idx" ON "community_posts" USING btree ("thread_id","created_at","id");--> statement-breakpoint
CREATE INDEX "community_posts_author_idx" ON "community_posts" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "community_posts_search_idx" ON "community_posts" USING gin ("search_vector");--> statement-breakpoint
CREATE UNIQUE INDEX "community_threads_idempotency" ON "community_threads" USING btree ("author_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "community_threads_category_latest_idx" ON "community_threads" USING btree ("category","last_activity_at","id") WHERE "community_threads"."deleted_at" is null and "community_threads"."hidden_at" is null;--> statement-breakpoint
CREATE INDEX "community_threads_latest_idx" ON "community_threads" USING btree ("last_activity_at","id") WHERE "community_threads"."deleted_at" is null and "community_threads"."hidden_at" is null;--> statement-breakpoint
CREATE INDEX "community_threads_newest_idx" ON "community_threads" USING btree ("created_at","id") WHERE "community_threads"."deleted_at" is null and "community_threads"."hidden_at" is null;--> statement-breakpoint
CREATE INDEX "community_threads_top_idx" ON "community_threads" USING btree ("vote_score","id") WHERE "community_threads"."deleted_at" is null and "community_threads"."hidden_at" is null;--> statement-breakpoint
CREATE INDEX "community_threads_unanswered_idx" ON "community_threads" USING btree ("created_at","id") WHERE "community_threads"."deleted_at" is null and "community_threads"."hidden_at" is null and (("community_threads"."kind" = 'question' and "community_threads"."accepted_post_id" is null) or ("community_threads"."kind" = 'discussion' and "community_threads"."reply_count" = 0));--> statement-breakpoint
CREATE INDEX "community_threads_pathways_idx" ON "community_threads" USING gin ("pathways");--> statement-breakpoint
CREATE INDEX "community_threads_criteria_idx" ON "community_threads" USING gin ("criteria");--> statement-breakpoint
CREATE INDEX "community_threads_search_idx" ON "community_threads" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "community_threads_author_idx" ON "community_threads" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "community_votes_user_idx" ON "community_votes" USING btree ("user_id","created_at");