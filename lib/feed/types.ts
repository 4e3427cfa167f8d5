// The feed's vocabulary (pure; no I/O): who the feed is for, what can be in it, and why an item
// is there. lib/feed/rank.ts scores candidates; lib/feed/candidates.ts loads them.
import type { ContentKind } from "@/lib/content/vocabulary";
import type { CategorySlug } from "@/lib/community/vocabulary";
import type { Chargeability } from "@/lib/domain/countries";
import type { CriterionCode } from "@/lib/domain/criteria";
import type { FieldCode } from "@/lib/domain/case-facts";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { StageCode } from "@/lib/domain/stages";

/** Who reads the feed. */
export type FeedItemType = "content" | "thread";

/** What the ranking knows about the reader. Empty arrays and nulls: a profile not filled in. */
export interface FeedPerson {
  pathways: PathwayCode[];
  /** Criteria the person rated "none" or "some" for one of their pathways (the evidence gaps). */
  weakCriteria: { pathway: PathwayCode; criterion: CriterionCode; strength: "none" | "some" }[];
  stage: StageCode | null;
  field: FieldCode | null;
  chargeability: Chargeability | null;
}

/** One item that may enter the feed, with the facts the ranking scores. */
export interface FeedCandidate {
  type: FeedItemType;
  id: string;
  /** Content only. */
  contentKind: ContentKind | null;
  /** Threads only. */
  category: CategorySlug | null;
  pathways: PathwayCode[];
  criteria: CriterionCode[];
  /** Content only (threads carry no stage or field). */
  stages: StageCode[];
  fields: FieldCode[];
  chargeability: Chargeability[];
  authorId: string | null;
  official: boolean;
  pinned: boolean;
  /** Content: first published; thread: created. */
  publishedAt: Date;
  /** Content: revised or published; thread: last reply. */
  lastActivityAt: Date;
  votes: number;
  replies: number;
  saves: number;
  /** The reader follows this thread and it has replies since they started following. */
  followedThreadActive: boolean;
  /** The reader follows the author (or the author is the reader's mentor). */
  followedAuthor: boolean;
}

/** What the reader told us: tags of items they marked "not interested" (see `itemTags`). */
export interface FeedSignals {
  dismissedTags: string[];
}

/** A scored feature, shown as the "because…" chip. `value` names the pathway, criterion, etc. */
export type FeedReason =
  | { code: "followed_thread" }
  | { code: "followed_author" }
  | { code: "weak_criterion"; pathway: PathwayCode; criterion: CriterionCode }
  | { code: "pathway"; pathway: PathwayCode }
  | { code: "stage"; stage: StageCode }
  | { code: "field"; field: FieldCode }
  | { code: "chargeability"; area: Chargeability }
  | { code: "official" }
  | { code: "popular" }
  | { code: "fresh" }
  /** The fallback when nothing else scored: an older item from the library. */
  | { code: "library" };

export interface RankedItem {
  type: FeedItemType;
  id: string;
  score: number;
  /** Strongest first; the first is the chip, all of them in the "why" detail. Never empty. */
  reasons: FeedReason[];
}
