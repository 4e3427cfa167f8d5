CREATE TYPE "public"."data_export_state" AS ENUM('requested', 'building', 'ready', 'expired', 'failed');--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'data_export';--> statement-breakpoint
CREATE TABLE "data_exports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"state" "data_export_state" DEFAULT 'requested' NOT NULL,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"ready_at" timestamp with time zone,
	"expires_at" timestamp with time zone,
	"storage_key" text,
	"size" bigint,
	"failed_at" timestamp with time zone,
	"error" text,
	CONSTRAINT "data_exports_ready_has_file" CHECK ("data_exports"."state" <> 'ready' or ("data_exports"."storage_key" is not null and "data_exports"."size" is not null and "data_exports"."ready_at" is not null and "data_exports"."expires_at" > "data_exports"."ready_at")),
	CONSTRAINT "data_exports_in_progress_has_no_file" CHECK ("data_exports"."state" not in ('requested', 'building') or "data_exports"."storage_key" is null),
	CONSTRAINT "data_exports_building_started" CHECK ("data_exports"."state" <> 'building' or "data_exports"."started_at" is not null),
	CONSTRAINT "data_exports_expired_was_ready" CHECK ("data_exports"."state" <> 'expired' or "data_exports"."expires_at" is not null),
	CONSTRAINT "data_exports_failed_says_why" CHECK ("data_exports"."state" <> 'failed' or ("data_exports"."error" is not null and "data_exports"."failed_at" is not null)),
	CONSTRAINT "data_exports_error_length" CHECK (char_length("data_exports"."error") <= 500),
	CONSTRAINT "data_exports_size" CHECK ("data_exports"."size" is null or "data_exports"."size" > 0),
	CONSTRAINT "data_exports_attempts" CHECK ("data_exports"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "data_exports" ADD CONSTRAINT "data_exports_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "data_exports_one_in_progress" ON "data_exports" USING btree ("user_id") WHERE "data_exports"."state" in ('requested', 'building');--> statement-breakpoint
CREATE UNIQUE INDEX "data_exports_storage_key" ON "data_exports" USING btree ("storage_key");--> statement-breakpoint
CREATE INDEX "data_exports_user_idx" ON "data_exports" USING btree ("user_id","requested_at");--> statement-breakpoint
CREATE INDEX "data_exports_due_idx" ON "data_exports" USING btree ("requested_at") WHERE "data_exports"."state" in ('requested', 'building');--> statement-breakpoint
CREATE INDEX "data_exports_ready_idx" ON "data_exports" USING btree ("expires_at") WHERE "data_exports"."state" = 'ready';--> statement-breakpoint
CREATE INDEX "email_outbox_to_idx" ON "email_outbox" USING btree (lower("to"),"id");