// A feed page as the reader sees it: one entry per ranked item, built from its row (pure; no I/O).
import type { CategorySlug } from "@/lib/community/vocabulary";
import type { ContentKind } from "@/lib/content/vocabulary";
import type { CriterionCode } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { ContentRow, ThreadRow } from "./candidates";
import type { FeedReason } from "./types";

/** One feed entry as a page shows it. */
export type FeedEntry =
  | { type: "content"; id: string; reasons: FeedReason[]; content: FeedContent; saved: boolean }
  | { type: "thread"; id: string; reasons: FeedReason[]; thread: FeedThread; saved: boolean };

export interface FeedContent {
  id: string;
  slug: string;
  kind: ContentKind;
  title: string;
  summary: string;
  pathways: PathwayCode[];
  criteria: CriterionCode[];
  official: boolean;
  publishedAt: Date;
  revisedAt: Date | null;
  closesOn: string | null;
  saveCount: number;
  authorName: string | null;
}

export interface FeedThread {
  id: string;
  slug: string;
  title: string;
  category: CategorySlug;
  pathways: PathwayCode[];
  criteria: CriterionCode[];
  replyCount: number;
  voteScore: number;
  hasAcceptedAnswer: boolean;
  hasMentorAnswer: boolean;
  lastActivityAt: Date;
}

export interface FeedPage {
  entries: FeedEntry[];
  nextCursor: string | null;
  /** The profile was empty: the page asks the member to finish onboarding. */
  profileEmpty: boolean;
  /** Where the member's case description stands; "done" on later pages (not read again). */
  onboarding: "none" | "started" | "done";
  /** A cursor that no longer works (expired, or not this member's): the first page is shown. */
  restarted: boolean;
}

export function toContentEntry(r: ContentRow, reasons: FeedReason[]): FeedEntry {
  return {
    type: "content",
    id: r.id,
    reasons,
    saved: r.saved === true,
    content: {
      id: r.id,
      slug: r.slug,
      kind: r.kind,
      title: r.title,
      summary: r.summary,
      pathways: r.pathways,
      criteria: r.criteria as CriterionCode[],
      official: r.official,
      publishedAt: r.publishedAt!,
      revisedAt: r.revisedAt,
      closesOn: r.closesOn,
      saveCount: r.saveCount,
      authorName: r.authorName,
    },
  };
}

export function toThreadEntry(r: ThreadRow, reasons: FeedReason[]): FeedEntry {
  return {
    type: "thread",
    id: r.id,
    reasons,
    saved: r.saved === true,
    thread: {
      id: r.id,
      slug: r.slug,
      title: r.title,
      category: r.category,
      pathways: r.pathways,
      criteria: r.criteria as CriterionCode[],
      replyCount: r.replyCount,
      voteScore: r.voteScore,
      hasAcceptedAnswer: r.acceptedPostId !== null,
      hasMentorAnswer: r.hasMentorAnswer,
      lastActivityAt: r.lastActivityAt,
    },
  };
}
