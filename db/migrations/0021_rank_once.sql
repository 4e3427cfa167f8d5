CREATE TABLE "match_rankings" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"items" jsonb NOT NULL,
	"ranked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"seen" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_marks" (
	"scope" text PRIMARY KEY NOT NULL,
	"xid" "xid8" NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feed_snapshots" ADD COLUMN "meta" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "feed_snapshots" ADD COLUMN "ranked_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "feed_snapshots" ADD COLUMN "seen" text;--> statement-breakpoint
ALTER TABLE "match_rankings" ADD CONSTRAINT "match_rankings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feed_snapshots_user_ranked_idx" ON "feed_snapshots" USING btree ("user_id","ranked_at");