// The words of content (pure; no I/O): kinds and statuses, and the lengths of its fields; the
// tables: docs/architecture.md.
import { vocabulary } from "@/lib/vocabulary";

/** The kinds, with their labels and as choices of a select or a filter. */
export const {
  codes: contentKinds,
  labels: contentKindLabels,
  options: contentKindOptions,
} = vocabulary({
  guide: "Guide",
  article: "Article",
  checklist: "Checklist",
  opportunity: "Opportunity",
  announcement: "Announcement",
});
export type ContentKind = (typeof contentKinds)[number];

/** Mentors write these; announcements are for admins. */
export const mentorContentKinds = ["guide", "article", "checklist", "opportunity"] as const;

/** draft → published ⇄ draft (unpublished); hidden and removed are set by moderators (issue 7). */
export const contentStatuses = ["draft", "published", "hidden", "removed"] as const;
export type ContentStatus = (typeof contentStatuses)[number];

export const TITLE_MAX = 150;
export const SUMMARY_MAX = 300;
export const BODY_MAX = 40_000;
/** A whole content form: the body, with room for the title, summary and tags. */
export const CONTENT_FORM_MAX_CHARS = BODY_MAX + 2_000;
export const TAGS_MAX = 6;
