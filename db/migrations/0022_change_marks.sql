-- Stored rankings (the feed's first page, a member's mentor matches) are reused until something they
-- were ranked from changes (lib/change-marks.ts, docs/decisions/021-rank-once.md). These triggers
-- record, whatever wrote the change, the transaction that last changed each scope:
-- `member:<id>` for a member's own inputs, `thread:<id>` for a reply, `content` and `threads` for
-- new feed candidates, `mentors` for what matches are ranked from. Writers of one scope queue on its
-- row, so the stored transaction is always the last of them to commit.
CREATE OR REPLACE FUNCTION landed_mark_change(changed text) RETURNS void AS $$
BEGIN
  INSERT INTO change_marks (scope, xid, changed_at) VALUES (changed, pg_current_xact_id(), now())
  ON CONFLICT (scope) DO UPDATE SET xid = excluded.xid, changed_at = excluded.changed_at;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A scope named by a column of the changed row: ('user_id', 'member') marks `member:<user_id>`.
CREATE OR REPLACE FUNCTION landed_row_changed() RETURNS trigger AS $$
DECLARE
  row_data jsonb;
BEGIN
  row_data := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  IF row_data ->> TG_ARGV[0] IS NOT NULL THEN
    PERFORM landed_mark_change(TG_ARGV[1] || ':' || (row_data ->> TG_ARGV[0]));
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
-- A fixed scope, once a statement.
CREATE OR REPLACE FUNCTION landed_scope_changed() RETURNS trigger AS $$
BEGIN
  PERFORM landed_mark_change(TG_ARGV[0]);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER applicant_profiles_marks AFTER INSERT OR UPDATE OR DELETE ON applicant_profiles
  FOR EACH ROW EXECUTE FUNCTION landed_row_changed('user_id', 'member');
--> statement-breakpoint
CREATE TRIGGER criterion_assessments_marks AFTER INSERT OR UPDATE OR DELETE ON criterion_assessments
  FOR EACH ROW EXECUTE FUNCTION landed_row_changed('user_id', 'member');
--> statement-breakpoint
CREATE TRIGGER feed_dismissals_marks AFTER INSERT OR UPDATE OR DELETE ON feed_dismissals
  FOR EACH ROW EXECUTE FUNCTION landed_row_changed('user_id', 'member');
--> statement-breakpoint
CREATE TRIGGER author_follows_marks AFTER INSERT OR UPDATE OR DELETE ON author_follows
  FOR EACH ROW EXECUTE FUNCTION landed_row_changed('follower_id', 'member');
--> statement-breakpoint
CREATE TRIGGER community_follows_marks AFTER INSERT OR UPDATE OR DELETE ON community_follows
  FOR EACH ROW EXECUTE FUNCTION landed_row_changed('user_id', 'member');
--> statement-breakpoint
-- An accepted (or ended) mentorship makes the mentor a followed author of the applicant, and
-- changes the mentor's free seats.
CREATE TRIGGER mentorship_requests_marks AFTER INSERT OR UPDATE OF state OR DELETE ON mentorship_requests
  FOR EACH ROW EXECUTE FUNCTION landed_row_changed('applicant_id', 'member');
--> statement-breakpoint
CREATE TRIGGER mentorship_requests_mentor_marks AFTER INSERT OR UPDATE OF state OR DELETE ON mentorship_requests
  FOR EACH STATEMENT EXECUTE FUNCTION landed_scope_changed('mentors');
--> statement-breakpoint
-- A reply moves a followed thread to the top of its followers' feeds.
CREATE TRIGGER community_posts_marks AFTER INSERT ON community_posts
  FOR EACH ROW EXECUTE FUNCTION landed_row_changed('thread_id', 'thread');
--> statement-breakpoint
CREATE TRIGGER content_items_marks
  AFTER INSERT OR UPDATE OF status, kind, pathways, criteria, stages, fields, chargeability, published_at, closes_on, official, pinned
  ON content_items FOR EACH STATEMENT EXECUTE FUNCTION landed_scope_changed('content');
--> statement-breakpoint
CREATE TRIGGER community_threads_marks
  AFTER INSERT OR UPDATE OF category, kind, pathways, criteria ON community_threads
  FOR EACH STATEMENT EXECUTE FUNCTION landed_scope_changed('threads');
--> statement-breakpoint
CREATE TRIGGER mentor_profiles_marks AFTER INSERT OR UPDATE OR DELETE ON mentor_profiles
  FOR EACH STATEMENT EXECUTE FUNCTION landed_scope_changed('mentors');
--> statement-breakpoint
CREATE TRIGGER case_records_marks AFTER INSERT OR UPDATE OR DELETE ON case_records
  FOR EACH STATEMENT EXECUTE FUNCTION landed_scope_changed('mentors');
--> statement-breakpoint
-- Whether a mentor can be matched at all: role and standing (their last visit ages out instead).
CREATE TRIGGER users_mentor_marks
  AFTER UPDATE OF role, status, suspended_until, deletion_requested_at OR DELETE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION landed_scope_changed('mentors');
