ALTER TYPE "public"."notification_type" ADD VALUE 'counterpart_leaving';--> statement-breakpoint
ALTER TYPE "public"."notification_type" ADD VALUE 'counterpart_left';--> statement-breakpoint
ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_actor_id_users_id_fk";
--> statement-breakpoint
-- Erasure (lib/privacy/erasure.ts) takes an erased member's name, handle and email out of the
-- free text of audit rows about them; the rows, their actions, actors (now pseudonyms), targets
-- and times stay as they were. The only way is audit_log_redact(), which opens the trigger for
-- its own statement alone.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.action = 'denied' AND NEW.action = 'denied'
     AND NEW.id = OLD.id
     AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
     AND NEW.target_type = OLD.target_type
     AND NEW.target_id = OLD.target_id
     AND NEW.reason IS NOT DISTINCT FROM OLD.reason
     AND NEW.before IS NOT DISTINCT FROM OLD.before
     AND NEW.after IS NOT DISTINCT FROM OLD.after
     AND NEW.created_at = OLD.created_at
     AND (NEW.metadata - 'count' - 'lastAt') IS NOT DISTINCT FROM (OLD.metadata - 'count' - 'lastAt')
     AND coalesce((NEW.metadata ->> 'count')::int, 1) > coalesce((OLD.metadata ->> 'count')::int, 1)
  THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'UPDATE' AND current_setting('landed.audit_redaction', true) = 'on'
     AND NEW.id = OLD.id
     AND NEW.action = OLD.action
     AND NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id
     AND NEW.target_type = OLD.target_type
     AND NEW.target_id = OLD.target_id
     AND NEW.created_at = OLD.created_at
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_redact(
  row_id bigint, new_reason text, new_before jsonb, new_after jsonb, new_metadata jsonb
) RETURNS void AS $$
BEGIN
  PERFORM set_config('landed.audit_redaction', 'on', true);
  UPDATE audit_log
     SET reason = new_reason, before = new_before, after = new_after, metadata = new_metadata
   WHERE id = row_id;
  PERFORM set_config('landed.audit_redaction', 'off', true);
END;
$$ LANGUAGE plpgsql;
