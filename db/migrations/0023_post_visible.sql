DROP INDEX "community_posts_search_idx";--> statement-breakpoint
ALTER TABLE "community_posts" ADD COLUMN "visible" boolean DEFAULT true NOT NULL;--> statement-breakpoint
CREATE INDEX "community_posts_search_visible_idx" ON "community_posts" USING gin ("search_vector") WHERE "community_posts"."visible";