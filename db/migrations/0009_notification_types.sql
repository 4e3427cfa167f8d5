ALTER TYPE "public"."notification_type" ADD VALUE 'moderation_notice';--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'report_resolved';--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'appeal_decided';--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'verification_verified';--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'verification_rejected';