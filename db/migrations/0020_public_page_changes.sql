-- Every write to what a signed-out page shows tells each server (LISTEN landed_public), so the
-- visitors' page cache (lib/public-cache, docs/decisions/020-visitor-cache.md) forgets its pages
-- after the transaction commits, whichever server or job made the change. One notice a statement;
-- PostgreSQL folds identical notices of one transaction into one.
CREATE OR REPLACE FUNCTION landed_public_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('landed_public', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER community_threads_public_changed AFTER INSERT OR UPDATE OR DELETE ON community_threads
  FOR EACH STATEMENT EXECUTE FUNCTION landed_public_changed();
--> statement-breakpoint
CREATE TRIGGER community_posts_public_changed AFTER INSERT OR UPDATE OR DELETE ON community_posts
  FOR EACH STATEMENT EXECUTE FUNCTION landed_public_changed();
--> statement-breakpoint
CREATE TRIGGER content_items_public_changed AFTER INSERT OR UPDATE OR DELETE ON content_items
  FOR EACH STATEMENT EXECUTE FUNCTION landed_public_changed();
--> statement-breakpoint
CREATE TRIGGER mentor_profiles_public_changed AFTER INSERT OR UPDATE OR DELETE ON mentor_profiles
  FOR EACH STATEMENT EXECUTE FUNCTION landed_public_changed();
--> statement-breakpoint
CREATE TRIGGER case_records_public_changed AFTER INSERT OR UPDATE OR DELETE ON case_records
  FOR EACH STATEMENT EXECUTE FUNCTION landed_public_changed();
--> statement-breakpoint
CREATE TRIGGER app_settings_public_changed AFTER INSERT OR UPDATE OR DELETE ON app_settings
  FOR EACH STATEMENT EXECUTE FUNCTION landed_public_changed();
--> statement-breakpoint
-- A member's name, handle, role and standing show beside what they wrote; their last visit does not.
CREATE TRIGGER users_public_changed
  AFTER UPDATE OF handle, display_name, role, status, suspended_until, deletion_requested_at ON users
  FOR EACH STATEMENT EXECUTE FUNCTION landed_public_changed();
--> statement-breakpoint
CREATE TRIGGER users_public_removed AFTER DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION landed_public_changed();
