-- Denied attempts are counted on one audit row per actor, attempted action and hour
-- (lib/moderation/authz.ts), so a member cannot flood the log. The log stays append-only: the one
-- change the trigger allows is a denial row's counter growing (with the time of the last attempt);
-- every other update, any delete and truncate are still refused.
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
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- The only way the application changes a row: one more attempt on a denial row.
CREATE OR REPLACE FUNCTION audit_log_count_denial(row_id bigint, at timestamptz) RETURNS integer AS $$
  UPDATE audit_log
     SET metadata = coalesce(metadata, '{}'::jsonb)
       || jsonb_build_object('count', coalesce((metadata ->> 'count')::int, 1) + 1,
                             'lastAt', to_jsonb(at))
   WHERE id = row_id AND action = 'denied'
  RETURNING (metadata ->> 'count')::int;
$$ LANGUAGE sql;
