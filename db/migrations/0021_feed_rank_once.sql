CREATE TABLE "feed_changes" (
	"scope" text PRIMARY KEY NOT NULL,
	"xid" "xid8" NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feed_snapshots" ADD COLUMN "meta" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "feed_snapshots" ADD COLUMN "ranked_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "feed_snapshots" ADD COLUMN "seen" text;--> statement-breakpoint
CREATE INDEX "feed_snapshots_user_ranked_idx" ON "feed_snapshots" USING btree ("user_id","ranked_at");