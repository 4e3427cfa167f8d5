-- Revisions written before 0014 cannot tell whether their post was hidden when they were replaced,
-- so every revision of a post whose post or thread is hidden now, or ever met moderation (a hold,
-- reports, a decision), is withheld: over-withholding only keeps history from other members
-- (docs/decisions/012-held-text-and-history.md).
UPDATE community_post_revisions AS r
SET withheld = true
FROM community_posts AS p
JOIN community_threads AS t ON t.id = p.thread_id
WHERE p.id = r.post_id
  AND (
    p.hidden_at IS NOT NULL
    OR t.hidden_at IS NOT NULL
    OR EXISTS (
      SELECT 1 FROM moderation_queue_items AS q
      WHERE (q.target_type = 'post' AND q.target_id = p.id::text)
         OR (q.target_type = 'thread' AND q.target_id = t.id::text)
    )
    OR EXISTS (
      SELECT 1 FROM moderation_decisions AS d
      WHERE (d.target_type = 'post' AND d.target_id = p.id::text)
         OR (d.target_type = 'thread' AND d.target_id = t.id::text)
    )
  );
