// Every file of a member's export, and every column that points at a member but is left out on
// purpose. tests/integration/export-coverage.test.ts reads the schema and fails when a column
// referring to users is in neither list, so a new table must choose.
import type { Section } from "../paging";
import { accountSections } from "./account";
import { communitySections } from "./community";
import { librarySections } from "./library";
import { mentorshipSections } from "./mentorship";
import { recordSections } from "./records";

export const sections: readonly Section[] = [
  ...accountSections,
  ...mentorshipSections,
  ...communitySections,
  ...librarySections,
  ...recordSections,
];

/** "table.column" → why rows found through it are not in the member's export. */
export const notExported: Readonly<Record<string, string>> = {
  "revoked_sessions.user_id":
    "ids of signed-out sessions, kept until they would have expired: security state, nothing the member wrote",
  "revoked_sessions.session_id": "a session's id, not a member's (see revoked_sessions.user_id)",
  "audit_log.actor_id":
    "the staff's append-only security record; decisions about the member are in moderation/decisions.json",
  "audit_log.target_id": "the staff's append-only security record (see audit_log.actor_id)",
  "case_records.verified_by":
    "which admin verified a case is staff data; the status and note are exported",
  "notifications.actor_id": "notifications the member caused belong to their recipients",
  "community_post_revisions.editor_id":
    "a staff edit of someone else's post keeps that author's text; revisions of the member's own posts are exported by post",
  "content_revisions.editor_id":
    "a staff edit of someone else's content keeps that author's text; revisions of the member's own content are exported by item",
  "author_follows.author_id":
    "who follows the member is the followers' choice, not shown to the member in Landed",
  "feed_snapshots.user_id":
    "a cache of the ranked feed, derived from the exported data and deleted after a day",
  "match_rankings.user_id":
    "a cache of the member's ranked mentor matches, derived from the exported profile and replaced on every change",
  "reports.target_user_id":
    "reports against the member: who reported is other members' data; the decisions are exported",
  "reports.target_id":
    "a reported thing's id; the member's own reports are exported through reports.reporter_id",
  "reports.resolved_by": "which moderator resolved a report is staff data",
  "moderation_queue_items.target_user_id":
    "the moderators' work queue; the decisions that came of it are exported",
  "moderation_queue_items.target_id":
    "the moderators' work queue (see moderation_queue_items.target_user_id)",
  "moderation_queue_items.closed_by": "which moderator closed a queue item is staff data",
  "moderation_decisions.actor_id":
    "decisions a moderator made are about their subjects, exported to them",
  "moderation_decisions.target_id":
    "the decided thing's id, exported with the member's own decisions",
  "appeals.decided_by": "which moderator decided an appeal is staff data",
  "app_settings.key": "the name of a site setting (pre-moderation), never a member's id",
  "app_settings.updated_by": "site settings an admin changed, not about the admin",
  "data_exports.user_id": "the exports themselves, listed on Settings → Your data",
  "appeal_links.user_id":
    "hashed one-time links to appeal a sanction: security credentials; the decisions are exported",
  "account_link_intents.user_id":
    "hashed ten-minute hand-offs while linking a provider: security state, gone once used",
  "rate_limit_buckets.key":
    "counters named by user id or address, kept for their window (a day at most)",
};
