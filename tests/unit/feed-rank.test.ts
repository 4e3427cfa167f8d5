// rankFeed(): weak criteria first, decay with age, "not interested" sinks, deterministic, true reasons.
import { pathwayRequirements, type CriterionCode } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { StageCode } from "@/lib/domain/stages";
import { itemTags, rankFeed } from "@/lib/feed/rank";
import type { FeedCandidate, FeedPerson, FeedReason, RankedItem } from "@/lib/feed/types";
import { feedWeights } from "@/lib/feed/weights";
import { seededRandom } from "@/tests/factories";

const NOW = new Date("2026-12-01T12:00:00Z");
const noSignals = { dismissedTags: [] };

function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * 86_400_000);
}

const emptyPerson: FeedPerson = {
  pathways: [],
  weakCriteria: [],
  stage: null,
  field: null,
  chargeability: null,
};

/** Priya-like: EB-1A, no judging yet, some press, building evidence, AI, born in India. */
function person(overrides: Partial<FeedPerson> = {}): FeedPerson {
  return {
    pathways: ["eb1a"],
    weakCriteria: [
      { pathway: "eb1a", criterion: "judging", strength: "none" },
      { pathway: "eb1a", criterion: "press", strength: "some" },
    ],
    stage: "building_evidence",
    field: "ai_computing",
    chargeability: "IN",
    ...overrides,
  };
}

let n = 0;

/** A two-day-old article with no tags, no engagement and no follows unless a test says so. */
function candidate(overrides: Partial<FeedCandidate> = {}): FeedCandidate {
  n += 1;
  const type = overrides.type ?? "content";
  return {
    type,
    id: `item-${String(n).padStart(4, "0")}`,
    contentKind: type === "content" ? "article" : null,
    category: type === "thread" ? "evidence-criteria" : null,
    pathways: [],
    criteria: [],
    stages: [],
    fields: [],
    chargeability: [],
    authorId: null,
    official: false,
    pinned: false,
    publishedAt: daysAgo(2),
    lastActivityAt: daysAgo(2),
    votes: 0,
    replies: 0,
    saves: 0,
    followedThreadActive: false,
    followedAuthor: false,
    ...overrides,
  };
}

function rankOne(p: FeedPerson, c: FeedCandidate, dismissedTags: string[] = []): RankedItem {
  return rankFeed(p, [c], { dismissedTags }, NOW)[0]!;
}

function ids(items: RankedItem[]): string[] {
  return items.map((i) => i.id);
}

function codes(item: RankedItem): FeedReason["code"][] {
  return item.reasons.map((r) => r.code);
}

describe("relevance", () => {
  it("ranks an item tagged with the person's weak criterion above an otherwise equal one", () => {
    const tagged = candidate({ pathways: ["eb1a"], criteria: ["judging"] });
    const plain = candidate({ pathways: ["eb1a"] });
    const ranked = rankFeed(person(), [plain, tagged], noSignals, NOW);
    expect(ids(ranked)).toEqual([tagged.id, plain.id]);
    expect(ranked[0]!.reasons[0]).toEqual({
      code: "weak_criterion",
      pathway: "eb1a",
      criterion: "judging",
    });
    expect(codes(ranked[1]!)).not.toContain("weak_criterion");
  });

  it('weighs a criterion rated "none" above one rated "some"', () => {
    const none = candidate({ criteria: ["judging"] });
    const some = candidate({ criteria: ["press"] });
    const ranked = rankFeed(person(), [some, none], noSignals, NOW);
    expect(ids(ranked)).toEqual([none.id, some.id]);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it("counts only criteria of the person's own pathways", () => {
    // A stale gap on a pathway the person left, and critical_role, which EB-1A does not have.
    const p = person({
      pathways: ["eb1a"],
      weakCriteria: [
        { pathway: "o1a", criterion: "critical_role", strength: "none" },
        { pathway: "eb2_niw", criterion: "merit_importance", strength: "none" },
      ],
    });
    const plain = rankOne(p, candidate());
    for (const criteria of [["critical_role"], ["merit_importance"]] as CriterionCode[][]) {
      const item = rankOne(p, candidate({ criteria }));
      expect(codes(item)).not.toContain("weak_criterion");
      expect(item.score).toBe(plain.score);
    }
  });

  it("counts a gap only on the item's pathways, naming the biggest gap it speaks to", () => {
    const p = person({
      pathways: ["o1a", "eb1a"],
      weakCriteria: [
        { pathway: "eb1a", criterion: "judging", strength: "none" },
        { pathway: "o1a", criterion: "judging", strength: "some" },
      ],
    });
    // About no pathway in particular: both gaps apply; the bigger one ("none" on EB-1A) is named.
    const item = rankOne(p, candidate({ pathways: [], criteria: ["judging"] }));
    expect(item.reasons[0]).toEqual({
      code: "weak_criterion",
      pathway: "eb1a",
      criterion: "judging",
    });
    // About O-1A only: the O-1A gap applies.
    expect(
      rankOne(p, candidate({ pathways: ["o1a"], criteria: ["judging"] })).reasons,
    ).toContainEqual({ code: "weak_criterion", pathway: "o1a", criterion: "judging" });
    // About EB-1B only: neither gap applies.
    expect(
      codes(rankOne(p, candidate({ pathways: ["eb1b"], criteria: ["judging"] }))),
    ).not.toContain("weak_criterion");
    // The weight is the larger gap ("none" on EB-1A).
    const onlySome = rankOne(
      person({ pathways: ["o1a"], weakCriteria: [p.weakCriteria[1]!] }),
      candidate({ criteria: ["judging"] }),
    );
    expect(item.score).toBeGreaterThan(onlySome.score);
  });

  it("sinks items written for another field or another stage", () => {
    const p = person({ field: "business", stage: "assessing" });
    const untagged = rankOne(p, candidate({ id: "a" }));
    const otherField = rankOne(p, candidate({ id: "a", fields: ["ai_computing"] }));
    const otherStage = rankOne(p, candidate({ id: "a", stages: ["rfe"] }));
    const mixed = rankOne(p, candidate({ id: "a", fields: ["ai_computing", "business"] }));
    expect(otherField.score).toBeLessThan(untagged.score);
    expect(otherStage.score).toBeLessThan(untagged.score);
    expect(mixed.score).toBeGreaterThan(untagged.score);
    // Nobody is penalised for what they did not tell us.
    const blank = person({ field: null, stage: null });
    expect(rankOne(blank, candidate({ id: "a", fields: ["ai_computing"] })).score).toBe(
      rankOne(blank, candidate({ id: "a" })).score,
    );
  });

  it("caps how many weak criteria count, whatever the tag order", () => {
    const p = person({
      weakCriteria: (["awards", "press", "judging", "membership"] as CriterionCode[]).map(
        (criterion) => ({ pathway: "eb1a" as PathwayCode, criterion, strength: "none" as const }),
      ),
    });
    const a = rankOne(p, candidate({ id: "x", criteria: ["awards", "press", "judging"] }));
    const b = rankOne(p, candidate({ id: "x", criteria: ["judging", "membership", "awards"] }));
    expect(a.reasons.filter((r) => r.code === "weak_criterion")).toHaveLength(
      feedWeights.weakCriteriaMax,
    );
    expect(a.score).toBe(b.score);
  });

  it("follows the stage: the same items reorder when the person's stage changes", () => {
    const evidence = candidate({ stages: ["building_evidence"] });
    const rfe = candidate({ stages: ["rfe"] });
    const building = rankFeed(person(), [rfe, evidence], noSignals, NOW);
    const answering = rankFeed(person({ stage: "rfe" }), [rfe, evidence], noSignals, NOW);
    expect(ids(building)).toEqual([evidence.id, rfe.id]);
    expect(ids(answering)).toEqual([rfe.id, evidence.id]);
  });

  it("puts new replies on a followed thread above a thread on the person's pathway and gap", () => {
    const followed = candidate({ type: "thread", followedThreadActive: true });
    const relevant = candidate({ type: "thread", pathways: ["eb1a"], criteria: ["judging"] });
    const ranked = rankFeed(person(), [relevant, followed], noSignals, NOW);
    expect(ids(ranked)).toEqual([followed.id, relevant.id]);
    expect(ranked[0]!.reasons[0]).toEqual({ code: "followed_thread" });
  });
});

describe("freshness", () => {
  it("decays older items: the same item scores lower the older it is", () => {
    for (const type of ["content", "thread"] as const) {
      const at = (days: number) =>
        rankOne(
          person(),
          candidate({
            id: "same",
            type,
            pathways: ["eb1a"],
            votes: 5,
            publishedAt: daysAgo(days),
            lastActivityAt: daysAgo(days),
          }),
        ).score;
      expect(at(3), type).toBeGreaterThan(at(20));
      expect(at(20), type).toBeGreaterThan(at(90));
    }
  });

  it("halves over the half-life: 14 days for threads, 30 for content", () => {
    const scoreAt = (type: "content" | "thread", days: number) =>
      rankOne(
        emptyPerson,
        candidate({
          id: "same",
          type,
          official: true,
          publishedAt: daysAgo(days + 100),
          lastActivityAt: daysAgo(days + 10),
        }),
      ).score;
    expect(scoreAt("thread", 14) / scoreAt("thread", 0)).toBeCloseTo(0.5, 10);
    expect(scoreAt("content", 30) / scoreAt("content", 0)).toBeCloseTo(0.5, 10);
  });

  it("counts from the later of publication and last activity", () => {
    const revived = candidate({
      type: "thread",
      id: "t",
      publishedAt: daysAgo(60),
      lastActivityAt: daysAgo(1),
    });
    const stale = { ...revived, lastActivityAt: daysAgo(60) };
    expect(rankOne(emptyPerson, revived).score).toBeGreaterThan(rankOne(emptyPerson, stale).score);
    expect(codes(rankOne(emptyPerson, revived))).toContain("fresh");
  });

  it("boosts pinned official content, which still decays", () => {
    const guide = (pinned: boolean, days: number) =>
      rankOne(
        emptyPerson,
        candidate({
          id: "g",
          official: true,
          pinned,
          publishedAt: daysAgo(days),
          lastActivityAt: daysAgo(days),
        }),
      );
    expect(guide(true, 2).score).toBeGreaterThan(guide(false, 2).score);
    expect(guide(true, 90).score).toBeLessThan(guide(true, 2).score / 4);
    expect(codes(guide(true, 90))).toEqual(["official"]);
    // A pin on a non-official item adds nothing: pinning is for Landed's own content.
    const plain = rankOne(emptyPerson, candidate({ id: "p" }));
    expect(rankOne(emptyPerson, candidate({ id: "p", pinned: true })).score).toBe(plain.score);
  });
});

describe('"not interested"', () => {
  it("sinks further with each repeated dismissal, down to a floor", () => {
    const item = candidate({ id: "k", contentKind: "checklist" });
    const at = (times: number) =>
      rankOne(emptyPerson, item, Array<string>(times).fill("kind:checklist")).score;
    const f = feedWeights.dismissedTagFactor;
    expect(at(1) / at(0)).toBeCloseTo(f, 10);
    expect(at(2) / at(0)).toBeCloseTo(f * f, 10);
    expect(at(feedWeights.dismissedTagsMax + 3)).toBe(at(feedWeights.dismissedTagsMax));
    expect(at(10)).toBeGreaterThan(0);
  });

  it("tags items by pathway, criterion, and kind or category", () => {
    expect(
      itemTags({
        type: "content",
        contentKind: "guide",
        category: null,
        pathways: ["eb1a", "o1a"],
        criteria: ["judging"],
      }),
    ).toEqual(["pathway:eb1a", "pathway:o1a", "criterion:judging", "kind:guide"]);
    expect(
      itemTags({
        type: "thread",
        contentKind: null,
        category: "letters",
        pathways: [],
        criteria: ["press", "press"],
      }),
    ).toEqual(["criterion:press", "category:letters"]);
  });

  it("lowers items that share dismissed tags, more for more shared tags, and leaves others alone", () => {
    const dismissedItem = candidate({
      contentKind: "opportunity",
      pathways: ["eb1a"],
      criteria: ["judging"],
    });
    const dismissedTags = itemTags(dismissedItem);
    const close = candidate({
      id: "close",
      contentKind: "opportunity",
      pathways: ["eb1a"],
      criteria: ["judging"],
    });
    const near = candidate({
      id: "near",
      contentKind: "guide",
      pathways: ["eb1a"],
      criteria: ["judging"],
    });
    const other = candidate({
      id: "other",
      contentKind: "guide",
      pathways: ["o1a"],
      criteria: ["awards"],
    });

    const before = (c: FeedCandidate) => rankOne(person(), c).score;
    const after = (c: FeedCandidate) => rankOne(person(), c, dismissedTags).score;
    expect(after(close)).toBeLessThan(after(near));
    expect(after(near)).toBeLessThan(before(near));
    expect(after(other)).toBe(before(other));
    // The reasons stay true: the item still carries the gap, it just sinks.
    expect(codes(rankOne(person(), near, dismissedTags))).toContain("weak_criterion");
  });

  it("lets a slightly more popular similar item sink below an unrelated one", () => {
    const similar = candidate({ type: "thread", category: "off-topic", votes: 1 });
    const unrelated = candidate({ type: "thread", category: "letters" });
    const signals = { dismissedTags: ["category:off-topic"] };
    expect(ids(rankFeed(person(), [similar, unrelated], noSignals, NOW))).toEqual([
      similar.id,
      unrelated.id,
    ]);
    expect(ids(rankFeed(person(), [similar, unrelated], signals, NOW))).toEqual([
      unrelated.id,
      similar.id,
    ]);
  });
});

/** Many varied candidates from a fixed seed. */
function population(count: number, seed = 11): FeedCandidate[] {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const some = <T>(list: readonly T[], p: number): T[] => list.filter(() => rand() < p);
  const allPathways: PathwayCode[] = ["eb1a", "eb1b", "eb2_niw", "o1a"];
  const stages: StageCode[] = ["exploring", "building_evidence", "drafting", "rfe"];
  return Array.from({ length: count }, (_, i) => {
    const type = rand() < 0.5 ? "content" : "thread";
    const pathways = some(allPathways, 0.3);
    const days = Math.floor(rand() * 60);
    return candidate({
      type,
      id: `p${String(i).padStart(4, "0")}`,
      contentKind:
        type === "content" ? pick(["guide", "article", "checklist", "opportunity"] as const) : null,
      category:
        type === "thread" ? pick(["letters", "evidence-criteria", "off-topic"] as const) : null,
      pathways,
      criteria: some(pathwayRequirements[pick(allPathways)].criteria, 0.2),
      stages: type === "content" ? some(stages, 0.3) : [],
      fields: type === "content" ? some(["ai_computing", "business"] as const, 0.3) : [],
      chargeability: type === "content" ? some(["IN", "CN", "ROW"] as const, 0.2) : [],
      official: type === "content" && rand() < 0.2,
      pinned: rand() < 0.05,
      publishedAt: daysAgo(days + Math.floor(rand() * 30)),
      lastActivityAt: daysAgo(days),
      votes: rand() < 0.5 ? Math.floor(rand() * 40) : 0,
      replies: type === "thread" ? Math.floor(rand() * 20) : 0,
      saves: rand() < 0.3 ? Math.floor(rand() * 10) : 0,
      followedThreadActive: type === "thread" && rand() < 0.1,
      followedAuthor: rand() < 0.1,
    });
  });
}

function shuffled<T>(list: T[], seed: number): T[] {
  const rand = seededRandom(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe("determinism", () => {
  it("gives the same order for the same input, and for the same input shuffled", () => {
    const items = population(300);
    const signals = { dismissedTags: ["kind:opportunity", "pathway:o1a"] };
    const first = rankFeed(person(), items, signals, NOW);
    expect(rankFeed(person(), items, signals, NOW)).toEqual(first);
    for (const seed of [1, 2, 3]) {
      expect(rankFeed(person(), shuffled(items, seed), signals, NOW)).toEqual(first);
    }
  });

  it("breaks ties by type, then id", () => {
    const twins = [
      candidate({ type: "thread", id: "b" }),
      candidate({ type: "content", id: "b" }),
      candidate({ type: "thread", id: "a" }),
      candidate({ type: "content", id: "a" }),
    ];
    const ranked = rankFeed(emptyPerson, twins, noSignals, NOW);
    expect(ranked.map((r) => `${r.type}:${r.id}`)).toEqual([
      "content:a",
      "content:b",
      "thread:a",
      "thread:b",
    ]);
  });
});

describe("reasons", () => {
  it("shows exactly the features that scored, for every item of a varied population", () => {
    const people = [
      person(),
      person({ stage: null, field: null, chargeability: null }),
      person({
        pathways: ["eb2_niw", "o1a"],
        weakCriteria: [
          { pathway: "eb2_niw", criterion: "merit_importance", strength: "none" },
          { pathway: "o1a", criterion: "awards", strength: "some" },
          { pathway: "eb1a", criterion: "judging", strength: "none" },
        ],
      }),
      emptyPerson,
    ];
    const items = population(400);
    const byId = new Map(items.map((c) => [c.id, c]));
    for (const p of people) {
      const gaps = p.weakCriteria.filter((g) => p.pathways.includes(g.pathway));
      for (const r of rankFeed(p, items, noSignals, NOW)) {
        const c = byId.get(r.id)!;
        const has = (code: FeedReason["code"]) => r.reasons.some((x) => x.code === code);
        // A gap counts when the item is about its pathway, or about no pathway in particular.
        const carriesWeak = gaps.some(
          (g) =>
            c.criteria.includes(g.criterion) &&
            (c.pathways.length === 0 || c.pathways.includes(g.pathway)),
        );
        expect(r.reasons.length).toBeGreaterThan(0);
        expect(has("weak_criterion"), r.id).toBe(carriesWeak);
        expect(has("pathway")).toBe(p.pathways.some((pw) => c.pathways.includes(pw)));
        expect(has("stage")).toBe(p.stage !== null && c.stages.includes(p.stage));
        expect(has("field")).toBe(p.field !== null && c.fields.includes(p.field));
        expect(has("chargeability")).toBe(
          p.chargeability !== null && c.chargeability.includes(p.chargeability),
        );
        expect(has("followed_thread")).toBe(c.followedThreadActive);
        expect(has("followed_author")).toBe(c.followedAuthor);
        expect(has("official")).toBe(c.official);
        expect(has("popular")).toBe(c.votes + c.replies + c.saves > 0);
        const latest = Math.max(c.publishedAt.getTime(), c.lastActivityAt.getTime());
        const isNew = NOW.getTime() - latest <= feedWeights.freshWithinDays * 86_400_000;
        expect(has("fresh")).toBe(isNew);
        expect(has("library")).toBe(r.reasons.length === 1 && r.reasons[0]!.code === "library");
        for (const x of r.reasons) {
          if (x.code === "weak_criterion") {
            expect(c.criteria).toContain(x.criterion);
            expect(p.pathways).toContain(x.pathway);
            expect(pathwayRequirements[x.pathway].criteria).toContain(x.criterion);
          }
          if (x.code === "pathway") expect(c.pathways).toContain(x.pathway);
        }
        if (c.followedThreadActive) expect(r.reasons[0]).toEqual({ code: "followed_thread" });
        expect(new Set(codes(r).filter((code) => code !== "weak_criterion")).size).toBe(
          codes(r).filter((code) => code !== "weak_criterion").length,
        );
      }
    }
  });

  it("has no stage reason when the person has no stage", () => {
    const item = rankOne(
      person({ stage: null }),
      candidate({ stages: ["building_evidence", "rfe"] }),
    );
    expect(codes(item)).not.toContain("stage");
  });

  it("lists reasons strongest first", () => {
    const item = rankOne(
      person(),
      candidate({
        pathways: ["eb1a"],
        criteria: ["press", "judging"],
        fields: ["ai_computing"],
        official: true,
        votes: 1,
      }),
    );
    expect(item.reasons).toEqual([
      { code: "weak_criterion", pathway: "eb1a", criterion: "judging" },
      { code: "pathway", pathway: "eb1a" },
      { code: "weak_criterion", pathway: "eb1a", criterion: "press" },
      { code: "field", field: "ai_computing" },
      { code: "official" },
      { code: "fresh" },
      { code: "popular" },
    ]);
  });

  it('falls back to "from the library" when nothing scored', () => {
    const old = candidate({ publishedAt: daysAgo(200), lastActivityAt: daysAgo(200) });
    expect(rankOne(emptyPerson, old).reasons).toEqual([{ code: "library" }]);
  });
});

describe("an empty profile", () => {
  it("still gets a sensible order: fresh, popular and official first", () => {
    const oldPlain = candidate({
      id: "old-plain",
      publishedAt: daysAgo(80),
      lastActivityAt: daysAgo(80),
    });
    const freshPlain = candidate({
      id: "fresh-plain",
      publishedAt: daysAgo(1),
      lastActivityAt: daysAgo(1),
    });
    const popular = candidate({
      id: "popular",
      type: "thread",
      votes: 25,
      replies: 12,
      publishedAt: daysAgo(3),
      lastActivityAt: daysAgo(1),
    });
    const official = candidate({
      id: "official",
      contentKind: "guide",
      official: true,
      publishedAt: daysAgo(1),
      lastActivityAt: daysAgo(1),
    });
    const ranked = rankFeed(emptyPerson, [oldPlain, freshPlain, official, popular], noSignals, NOW);

    expect(ids(ranked)).toEqual(["popular", "official", "fresh-plain", "old-plain"]);
    const allowed = new Set<FeedReason["code"]>(["fresh", "popular", "official", "library"]);
    for (const r of ranked) {
      expect(r.reasons.length).toBeGreaterThan(0);
      for (const code of codes(r)) expect(allowed.has(code)).toBe(true);
    }
    expect(ranked[0]!.reasons[0]).toEqual({ code: "popular" });
    expect(ranked[1]!.reasons[0]).toEqual({ code: "official" });
  });

  it("ranks a varied population with positive scores and only fresh, popular or official reasons", () => {
    const ranked = rankFeed(emptyPerson, population(200), noSignals, NOW);
    expect(ranked).toHaveLength(200);
    for (const r of ranked) {
      expect(r.score).toBeGreaterThan(0);
      for (const code of codes(r)) {
        expect([
          "fresh",
          "popular",
          "official",
          "library",
          "followed_thread",
          "followed_author",
        ]).toContain(code);
      }
    }
  });
});
