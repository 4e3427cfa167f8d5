// Feed ranking: a pure function of the reader, the candidates and their "not interested" tags.
// Relevance and engagement add up, freshness decays the sum, dismissed tags scale it down.
import { isCriterionOf, type CriterionCode } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { FeedCandidate, FeedPerson, FeedReason, FeedSignals, RankedItem } from "./types";
import { feedWeights as w, halfLifeDays } from "./weights";

const DAY_MS = 86_400_000;

/** The tags stored with a "not interested" and compared with later candidates. */
export function itemTags(
  c: Pick<FeedCandidate, "type" | "contentKind" | "category" | "pathways" | "criteria">,
): string[] {
  const tags = [
    ...c.pathways.map((p) => `pathway:${p}`),
    ...c.criteria.map((cr) => `criterion:${cr}`),
  ];
  if (c.type === "content" && c.contentKind) tags.push(`kind:${c.contentKind}`);
  if (c.type === "thread" && c.category) tags.push(`category:${c.category}`);
  return [...new Set(tags)];
}

interface WeakGap {
  weight: number;
  /** The first of the reader's pathways on which the criterion is weak: named in the reason. */
  pathway: PathwayCode;
}

interface Prepared {
  person: FeedPerson;
  weak: Map<CriterionCode, WeakGap[]>;
  dismissed: Map<string, number>;
  now: number;
}

function prepare(person: FeedPerson, signals: FeedSignals, now: Date): Prepared {
  const weak = new Map<CriterionCode, WeakGap[]>();
  // Reader's pathway order decides the named pathway; only criteria of those pathways count.
  for (const p of person.pathways) {
    for (const g of person.weakCriteria) {
      if (g.pathway !== p || !isCriterionOf(p, g.criterion)) continue;
      const weight = g.strength === "none" ? w.weakCriterionNone : w.weakCriterionSome;
      const list = weak.get(g.criterion) ?? [];
      if (!list.some((x) => x.pathway === p)) list.push({ weight, pathway: p });
      weak.set(g.criterion, list);
    }
  }
  const dismissed = new Map<string, number>();
  for (const t of signals.dismissedTags) dismissed.set(t, (dismissed.get(t) ?? 0) + 1);
  return { person, weak, dismissed, now: now.getTime() };
}

/**
 * The reader's gap on this criterion that the item speaks to: the item must be about one of the
 * pathways where the gap is (or about no pathway in particular). The biggest such gap, named by
 * the first of the reader's pathways that has it.
 */
function gapFor(prep: Prepared, c: FeedCandidate, criterion: CriterionCode): WeakGap | null {
  let best: WeakGap | null = null;
  for (const gap of prep.weak.get(criterion) ?? []) {
    if (c.pathways.length > 0 && !c.pathways.includes(gap.pathway)) continue;
    if (!best || gap.weight > best.weight) best = gap;
  }
  return best;
}

interface Scored {
  reason: FeedReason;
  weight: number;
}

function engagement(c: FeedCandidate): number {
  const log = (n: number) => Math.log2(1 + Math.max(0, n));
  const raw =
    w.votesPerLog * log(c.votes) + w.repliesPerLog * log(c.replies) + w.savesPerLog * log(c.saves);
  return Math.min(raw, w.engagementMax);
}

/** Days since the later of publication and last activity; never negative (clock skew). */
function ageDays(c: FeedCandidate, now: number): number {
  const latest = Math.max(c.publishedAt.getTime(), c.lastActivityAt.getTime());
  return Math.max(0, (now - latest) / DAY_MS);
}

function scoreOne(prep: Prepared, c: FeedCandidate): RankedItem {
  const { person } = prep;
  const parts: Scored[] = [];
  const add = (reason: FeedReason, weight: number) => parts.push({ reason, weight });

  if (c.type === "thread" && c.followedThreadActive)
    add({ code: "followed_thread" }, w.followedThread);

  // Weak criteria the item carries: strongest gaps first, then by code, so tag order never matters.
  const gaps: { criterion: CriterionCode; gap: WeakGap }[] = [];
  for (const criterion of new Set(c.criteria)) {
    const gap = gapFor(prep, c, criterion);
    if (gap) gaps.push({ criterion, gap });
  }
  gaps.sort((a, b) => b.gap.weight - a.gap.weight || (a.criterion < b.criterion ? -1 : 1));
  for (const { criterion, gap } of gaps.slice(0, w.weakCriteriaMax)) {
    add({ code: "weak_criterion", pathway: gap.pathway, criterion }, gap.weight);
  }

  const pathway = person.pathways.find((p) => c.pathways.includes(p));
  if (pathway) add({ code: "pathway", pathway }, w.pathway);
  if (person.stage && c.stages.includes(person.stage)) {
    add({ code: "stage", stage: person.stage }, w.stage);
  }
  if (person.field && c.fields.includes(person.field)) {
    add({ code: "field", field: person.field }, w.field);
  }
  if (person.chargeability && c.chargeability.includes(person.chargeability)) {
    add({ code: "chargeability", area: person.chargeability }, w.chargeability);
  }
  if (c.followedAuthor) add({ code: "followed_author" }, w.followedAuthor);
  // Pinning is an admin's call on official content; it shows as the "official" reason.
  if (c.official) add({ code: "official" }, w.official + (c.pinned ? w.pinned : 0));

  const popular = engagement(c);
  if (popular > 0) add({ code: "popular" }, popular);

  const age = ageDays(c, prep.now);
  if (age <= w.freshWithinDays) add({ code: "fresh" }, w.fresh);

  let raw = w.base;
  for (const p of parts) raw += p.weight;

  const decay = Math.pow(2, -age / halfLifeDays[c.type]);

  let shared = 0;
  for (const t of itemTags(c)) shared += prep.dismissed.get(t) ?? 0;
  const dismissal = Math.pow(w.dismissedTagFactor, Math.min(shared, w.dismissedTagsMax));

  // Written for other people: tagged with fields or stages, none of them the reader's.
  const elsewhere =
    (person.field && c.fields.length > 0 && !c.fields.includes(person.field)
      ? w.otherFieldFactor
      : 1) *
    (person.stage && c.stages.length > 0 && !c.stages.includes(person.stage)
      ? w.otherStageFactor
      : 1);

  // Stable sort: equal weights keep the order above (follows, gaps, profile, source, crowd, age).
  parts.sort((a, b) => b.weight - a.weight);
  const reasons = parts.map((p) => p.reason);
  // Nothing matched and nothing is new or popular: say so honestly.
  if (reasons.length === 0) reasons.push({ code: "library" });

  return { type: c.type, id: c.id, score: raw * decay * dismissal * elsewhere, reasons };
}

/** Total order: score descending, then type, then id, so the same input always ranks the same. */
export function compareRankedItems(a: RankedItem, b: RankedItem): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.type !== b.type) return a.type < b.type ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Score every candidate for the reader at `now` and sort them, each with its "because…" reasons. */
export function rankFeed(
  person: FeedPerson,
  candidates: FeedCandidate[],
  signals: FeedSignals,
  now: Date,
): RankedItem[] {
  const prep = prepare(person, signals, now);
  return candidates.map((c) => scoreOne(prep, c)).sort(compareRankedItems);
}
