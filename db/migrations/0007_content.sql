CREATE TYPE "public"."content_kind" AS ENUM('guide', 'article', 'checklist', 'opportunity', 'announcement');--> statement-breakpoint
CREATE TYPE "public"."content_status" AS ENUM('draft', 'published', 'hidden', 'removed');--> statement-breakpoint
CREATE TYPE "public"."feed_item_type" AS ENUM('content', 'thread');--> statement-breakpoint
CREATE TABLE "author_follows" (
	"follower_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "author_follows_follower_id_author_id_pk" PRIMARY KEY("follower_id","author_id"),
	CONSTRAINT "author_follows_not_self" CHECK ("author_follows"."follower_id" <> "author_follows"."author_id")
);
--> statement-breakpoint
CREATE TABLE "content_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"author_id" uuid,
	"kind" "content_kind" NOT NULL,
	"title" text NOT NULL,
	"slug" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"pathways" "pathway"[] DEFAULT '{}' NOT NULL,
	"criteria" text[] DEFAULT '{}' NOT NULL,
	"stages" "stage"[] DEFAULT '{}' NOT NULL,
	"fields" text[] DEFAULT '{}' NOT NULL,
	"chargeability" text[] DEFAULT '{}' NOT NULL,
	"status" "content_status" DEFAULT 'draft' NOT NULL,
	"official" boolean DEFAULT false NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"closes_on" date,
	"published_at" timestamp with time zone,
	"revised_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"save_count" integer DEFAULT 0 NOT NULL,
	"idempotency_key" text,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "content_items"."title"), 'A') || setweight(to_tsvector('english', "content_items"."summary"), 'B') || setweight(to_tsvector('english', replace(landed_text_array("content_items"."criteria"), '_', ' ')), 'B') || setweight(to_tsvector('english', "content_items"."body"), 'C')) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_items_title_length" CHECK (char_length("content_items"."title") between 1 and 150),
	CONSTRAINT "content_items_summary_length" CHECK (char_length("content_items"."summary") between 1 and 300),
	CONSTRAINT "content_items_slug_format" CHECK ("content_items"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "content_items_published_has_date" CHECK ("content_items"."status" = 'draft' or "content_items"."published_at" is not null),
	CONSTRAINT "content_items_save_count" CHECK ("content_items"."save_count" >= 0)
);
--> statement-breakpoint
CREATE TABLE "content_revisions" (
	"content_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"editor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_revisions_content_id_version_pk" PRIMARY KEY("content_id","version")
);
--> statement-breakpoint
CREATE TABLE "feed_dismissals" (
	"user_id" uuid NOT NULL,
	"item_type" "feed_item_type" NOT NULL,
	"item_id" uuid NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feed_dismissals_user_id_item_type_item_id_pk" PRIMARY KEY("user_id","item_type","item_id")
);
--> statement-breakpoint
CREATE TABLE "feed_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"items" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "author_follows" ADD CONSTRAINT "author_follows_follower_id_users_id_fk" FOREIGN KEY ("follower_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "author_follows" ADD CONSTRAINT "author_follows_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_items" ADD CONSTRAINT "content_items_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_revisions" ADD CONSTRAINT "content_revisions_content_id_content_items_id_fk" FOREIGN KEY ("content_id") REFERENCES "public"."content_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "content_revisions" ADD CONSTRAINT "content_revisions_editor_id_users_id_fk" FOREIGN KEY ("editor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_dismissals" ADD CONSTRAINT "feed_dismissals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_snapshots" ADD CONSTRAINT "feed_snapshots_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "author_follows_author_idx" ON "author_follows" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "content_items_published_idx" ON "content_items" USING btree ("published_at","id") WHERE "content_items"."status" = 'published';--> statement-breakpoint
CREATE INDEX "content_items_popular_idx" ON "content_items" USING btree ("save_count","id") WHERE "content_items"."status" = 'published';--> statement-breakpoint
CREATE INDEX "content_items_author_idx" ON "content_items" USING btree ("author_id","updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "content_items_idempotency" ON "content_items" USING btree ("author_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "content_items_pathways_idx" ON "content_items" USING gin ("pathways");--> statement-breakpoint
CREATE INDEX "content_items_criteria_idx" ON "content_items" USING gin ("criteria");--> statement-breakpoint
CREATE INDEX "content_items_stages_idx" ON "content_items" USING gin ("stages");--> statement-breakpoint
CREATE INDEX "content_items_search_idx" ON "content_items" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "feed_dismissals_user_created_idx" ON "feed_dismissals" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "feed_snapshots_created_idx" ON "feed_snapshots" USING btree ("created_at");