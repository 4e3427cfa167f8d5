// Every weight of feed ranking in one place, each with why (docs/decisions/008-feed.md).
import type { FeedItemType } from "./types";

export const feedWeights = {
  /** Every item starts here, so an empty profile still orders by freshness, engagement and official. */
  base: 2,

  /** New replies on a followed thread: they asked for it, so it beats a gap on their pathway (14 + 10). */
  followedThread: 26,

  /** Tagged with a criterion where the reader has no evidence yet: the gap the feed exists to fill. */
  weakCriterionNone: 14,
  /** …where the reader has some evidence: still a gap, but a smaller one. */
  weakCriterionSome: 8,
  /** At most this many weak criteria count, so an item tagged with every criterion cannot swamp. */
  weakCriteriaMax: 2,

  /** Tagged with one of the reader's pathways: the broadest sign that it is for them. */
  pathway: 10,
  /** Tagged with the reader's stage: what one needs changes sharply by stage (docs/domain.md). */
  stage: 8,
  /** Tagged with the reader's field family: evidence looks different in each field. */
  field: 6,
  /** Tagged only with other fields than the reader's: written for someone else, so it sinks. */
  otherFieldFactor: 0.6,
  /** Tagged only with other stages than the reader's: useful later (or earlier), not now. */
  otherStageFactor: 0.7,
  /** Tagged with the reader's chargeability area: Visa Bulletin queues and strategy differ. */
  chargeability: 6,

  /** Written by someone the reader follows (or their mentor): a chosen voice, below their own gaps. */
  followedAuthor: 8,
  /** Official content from Landed: checked, so it edges ahead of an equal community item. */
  official: 4,
  /** Official content an admin pinned: it should be seen, yet it still decays like everything else. */
  pinned: 10,

  /** Per doubling of votes (log2(1 + votes)): popularity helps, with diminishing returns. */
  votesPerLog: 1.5,
  /** Per doubling of replies: a lively thread is worth a look, but volume is not relevance. */
  repliesPerLog: 1.5,
  /** Per doubling of saves: saving says "useful later", a stronger signal than a vote. */
  savesPerLog: 2,
  /** Engagement stops here, so a viral off-topic thread cannot outrank the reader's own gaps. */
  engagementMax: 12,

  /** Active within this many days counts as new (the "New this week" chip). */
  freshWithinDays: 7,
  /** A small lift for what is new, on top of the decay, so this week's items surface. */
  fresh: 3,

  /** Each "not interested" tag an item shares multiplies its score by this: similar items sink. */
  dismissedTagFactor: 0.7,
  /** At most this many shared dismissed tags count (0.7^4 ≈ 0.24), so nothing vanishes entirely. */
  dismissedTagsMax: 4,
} as const;

export type FeedWeights = typeof feedWeights;

/** Days for the score to halve since the latest publication or activity. */
export const halfLifeDays: Record<FeedItemType, number> = {
  /** Conversations move on quickly. */
  thread: 14,
  /** Guides and checklists stay useful for longer. */
  content: 30,
};
