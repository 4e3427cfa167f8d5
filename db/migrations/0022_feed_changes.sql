-- The feed ranks once and reuses the ranking (lib/feed/snapshot.ts, docs/decisions/021-feed-rank-once.md)
-- until something it was ranked from changes. These triggers record, whatever wrote the change, the
-- transaction that last changed each scope: `member:<id>` for a member's own inputs, `thread:<id>`
-- for a reply, `content` and `threads` for new candidates. Writers of one scope queue on its row,
-- so the stored transaction is always the last of them to commit.
CREATE OR REPLACE FUNCTION landed_feed_changed(changed text) RETURNS void AS $$
BEGIN
  INSERT INTO feed_changes (scope, xid, changed_at) VALUES (changed, pg_current_xact_id(), now())
  ON CONFLICT (scope) DO UPDATE SET xid = excluded.xid, changed_at = excluded.changed_at;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A member's own inputs: the row's member column is named by the trigger's argument.
CREATE OR REPLACE FUNCTION landed_feed_member_changed() RETURNS trigger AS $$
DECLARE
  row_data jsonb;
BEGIN
  row_data := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  IF row_data ->> TG_ARGV[0] IS NOT NULL THEN
    PERFORM landed_feed_changed(TG_ARGV[1] || ':' || (row_data ->> TG_ARGV[0]));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION landed_feed_candidates_changed() RETURNS trigger AS $$
BEGIN
  PERFORM landed_feed_changed(TG_ARGV[0]);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER applicant_profiles_feed_changed AFTER INSERT OR UPDATE OR DELETE ON applicant_profiles
  FOR EACH ROW EXECUTE FUNCTION landed_feed_member_changed('user_id', 'member');
--> statement-breakpoint
CREATE TRIGGER criterion_assessments_feed_changed AFTER INSERT OR UPDATE OR DELETE ON criterion_assessments
  FOR EACH ROW EXECUTE FUNCTION landed_feed_member_changed('user_id', 'member');
--> statement-breakpoint
CREATE TRIGGER feed_dismissals_feed_changed AFTER INSERT OR UPDATE OR DELETE ON feed_dismissals
  FOR EACH ROW EXECUTE FUNCTION landed_feed_member_changed('user_id', 'member');
--> statement-breakpoint
CREATE TRIGGER author_follows_feed_changed AFTER INSERT OR UPDATE OR DELETE ON author_follows
  FOR EACH ROW EXECUTE FUNCTION landed_feed_member_changed('follower_id', 'member');
--> statement-breakpoint
CREATE TRIGGER community_follows_feed_changed AFTER INSERT OR UPDATE OR DELETE ON community_follows
  FOR EACH ROW EXECUTE FUNCTION landed_feed_member_changed('user_id', 'member');
--> statement-breakpoint
-- An accepted (or ended) mentorship makes the mentor a followed author of the applicant.
CREATE TRIGGER mentorship_requests_feed_changed AFTER INSERT OR UPDATE OF state OR DELETE ON mentorship_requests
  FOR EACH ROW EXECUTE FUNCTION landed_feed_member_changed('applicant_id', 'member');
--> statement-breakpoint
-- A reply moves a followed thread to the top of its followers' feeds.
CREATE TRIGGER community_posts_feed_changed AFTER INSERT ON community_posts
  FOR EACH ROW EXECUTE FUNCTION landed_feed_member_changed('thread_id', 'thread');
--> statement-breakpoint
CREATE TRIGGER content_items_feed_changed
  AFTER INSERT OR UPDATE OF status, kind, pathways, criteria, stages, fields, chargeability, published_at, closes_on, official, pinned
  ON content_items FOR EACH STATEMENT EXECUTE FUNCTION landed_feed_candidates_changed('content');
--> statement-breakpoint
CREATE TRIGGER community_threads_feed_changed
  AFTER INSERT OR UPDATE OF category, kind, pathways, criteria ON community_threads
  FOR EACH STATEMENT EXECUTE FUNCTION landed_feed_candidates_changed('threads');
