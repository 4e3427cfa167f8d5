-- community_posts.visible (issue 19): search reads visible posts through a partial GIN index
-- instead of joining every matching post's thread. The triggers below are the flag's one owner:
-- whatever hides, removes, deletes or restores a post or its thread (moderation, holds, an author's
-- delete, a future job), the flag follows in the same statement, and nothing the app writes to it
-- sticks.
CREATE OR REPLACE FUNCTION landed_post_visible(post_deleted_at timestamptz, post_hidden_at timestamptz, post_thread_id uuid)
RETURNS boolean AS $$
  SELECT post_deleted_at IS NULL AND post_hidden_at IS NULL AND EXISTS (
    SELECT 1 FROM community_threads t
    WHERE t.id = post_thread_id AND t.deleted_at IS NULL AND t.hidden_at IS NULL
  );
$$ LANGUAGE sql STABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION landed_post_set_visible() RETURNS trigger AS $$
BEGIN
  NEW.visible := landed_post_visible(NEW.deleted_at, NEW.hidden_at, NEW.thread_id);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER community_posts_visible BEFORE INSERT OR UPDATE OF deleted_at, hidden_at, thread_id, visible
  ON community_posts FOR EACH ROW EXECUTE FUNCTION landed_post_set_visible();
--> statement-breakpoint
-- A thread hidden, removed, deleted or restored: its posts are recomputed (by the trigger above).
CREATE OR REPLACE FUNCTION landed_thread_posts_visible() RETURNS trigger AS $$
BEGIN
  -- Naming the column is enough: the BEFORE trigger computes the value.
  UPDATE community_posts SET visible = visible WHERE thread_id = NEW.id;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER community_threads_posts_visible AFTER UPDATE OF deleted_at, hidden_at ON community_threads
  FOR EACH ROW
  WHEN ((OLD.deleted_at IS NULL AND OLD.hidden_at IS NULL) IS DISTINCT FROM (NEW.deleted_at IS NULL AND NEW.hidden_at IS NULL))
  EXECUTE FUNCTION landed_thread_posts_visible();
--> statement-breakpoint
-- Existing rows: every post starts visible (the column's default); the few that are not are set
-- through the trigger.
UPDATE community_posts SET visible = false
  WHERE NOT landed_post_visible(deleted_at, hidden_at, thread_id);
