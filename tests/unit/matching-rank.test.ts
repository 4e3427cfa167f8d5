// rankMentors(): hard filters, one-pass top N, deterministic order, reasons that add up.
import { pathwayRequirements, type CriterionCode, type Strength } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import { passesHardFilters } from "@/lib/matching/prepare";
import { compareRanked, rankMentors } from "@/lib/matching/rank";
import { score } from "@/lib/matching/score";
import type { MentorFacts } from "@/lib/matching/types";
import { seededRandom } from "@/tests/factories";
import { applicant, mentor, weightSum, WINTER } from "./matching-fixtures";

const opts = { now: WINTER };
const allPathways: PathwayCode[] = ["eb1a", "eb1b", "eb2_niw", "o1a"];
const zones = [
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "Europe/London",
  "Asia/Kolkata",
];
const countries = ["IN", "CN", "MX", "PH", "NG", "DE", "BR", null];
const languages = ["hi", "zh", "es", "yo", "de", "pt"];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** Many varied mentors from a fixed seed: some full, paused, or without the applicant's pathway. */
function population(count: number, seed = 7): MentorFacts[] {
  const rand = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const pathway = pick(rand, allPathways);
    const crit = pathwayRequirements[pathway].criteria;
    const accepted = crit.filter(() => rand() < 0.35);
    const capacity = 1 + Math.floor(rand() * 4);
    return mentor({
      userId: `p${String(i).padStart(7, "0")}-0000-4000-8000-${String(Math.floor(rand() * 1e12)).padStart(12, "0")}`,
      cases: [{ pathway, criteriaAccepted: accepted, verified: rand() < 0.5 }],
      rfes: rand() < 0.3 ? [{ pathway, criteria: accepted.slice(0, 1) }] : [],
      field: pick(rand, ["ai_computing", "business", "physical_sciences", null]),
      topics: rand() < 0.5 ? ["deep learning", "Robotics"] : ["fintech"],
      languages: ["en", pick(rand, languages)],
      timezone: pick(rand, zones),
      countryOfBirth: pick(rand, countries),
      accepting: rand() < 0.9,
      capacity,
      activeMentees: Math.floor(rand() * (capacity + 1)),
      pendingRequests: Math.floor(rand() * 5),
    });
  });
}

const strengths: Strength[] = ["none", "some", "strong"];
function assessedApplicant(targets: PathwayCode[], stage: "rfe" | "drafting" = "drafting") {
  const rand = seededRandom(42);
  const assessments: Partial<Record<PathwayCode, Partial<Record<CriterionCode, Strength>>>> = {};
  for (const p of targets) {
    assessments[p] = Object.fromEntries(
      pathwayRequirements[p].criteria.map((c) => [c, pick(rand, strengths)]),
    );
  }
  return applicant({
    targetPathways: targets,
    assessments,
    stage,
    countryOfBirth: "IN",
    languages: ["en", "hi"],
    timezone: "America/Chicago",
    keywords: ["deep learning", "robotics"],
  });
}

describe("hard filters", () => {
  it("never ranks a mentor without an approval on one of the applicant's pathways", () => {
    const a = assessedApplicant(["eb1a", "eb2_niw"]);
    const mentors = population(500);
    const ranked = rankMentors(a, mentors, { ...opts, limit: 500 });
    expect(ranked.length).toBeGreaterThan(50);
    const byId = new Map(mentors.map((m) => [m.userId, m]));
    for (const r of ranked) {
      const pathways = byId.get(r.userId)!.cases.map((c) => c.pathway);
      expect(pathways.some((p) => a.targetPathways.includes(p))).toBe(true);
    }
    const outsiders = mentors.filter((m) =>
      m.cases.every((c) => !a.targetPathways.includes(c.pathway)),
    );
    expect(outsiders.length).toBeGreaterThan(50);
    const rankedIds = new Set(ranked.map((r) => r.userId));
    expect(outsiders.some((m) => rankedIds.has(m.userId))).toBe(false);
  });

  it("excludes a full mentor, a paused one, and the applicant themself", () => {
    const a = applicant();
    const open = mentor();
    const full = mentor({ capacity: 2, activeMentees: 2 });
    const paused = mentor({ accepting: false });
    const self = mentor({ userId: a.userId });
    expect(passesHardFilters(a, open)).toBe(true);
    expect(passesHardFilters(a, full)).toBe(false);
    expect(passesHardFilters(a, paused)).toBe(false);
    expect(passesHardFilters(a, self)).toBe(false);
    // The full mentor would otherwise outscore the open one.
    const strongFull = {
      ...full,
      field: "ai_computing",
      cases: [{ ...full.cases[0]!, verified: true }],
    };
    expect(rankMentors(a, [strongFull, paused, self, open], opts).map((r) => r.userId)).toEqual([
      open.userId,
    ]);
  });
});

describe("ordering", () => {
  it("gives the same order for the same input, whatever order the mentors arrive in", () => {
    const a = assessedApplicant(["eb1a", "o1a"], "rfe");
    const mentors = population(400, 11);
    const first = rankMentors(a, mentors, { ...opts, limit: 50 });
    const reversed = rankMentors(a, [...mentors].reverse(), { ...opts, limit: 50 });
    const rand = seededRandom(3);
    const shuffled = [...mentors].sort(() => rand() - 0.5);
    expect(reversed).toEqual(first);
    expect(rankMentors(a, shuffled, { ...opts, limit: 50 })).toEqual(first);
  });

  it("keeps exactly the top N of a full sort (score descending, then user id)", () => {
    const a = assessedApplicant(["eb1a", "eb2_niw"]);
    const mentors = population(600, 5);
    const everyone = mentors
      .filter((m) => passesHardFilters(a, m))
      .map((m) => ({ userId: m.userId, ...score(a, m, opts) }))
      .sort(compareRanked);
    const top = rankMentors(a, mentors, { ...opts, limit: 20 });
    expect(top).toEqual(everyone.slice(0, 20));
    // Ties exist in a population this size, and they are broken by user id.
    const tied = everyone.findIndex((x, i) => i > 0 && everyone[i - 1]!.score === x.score);
    expect(tied).toBeGreaterThan(0);
    expect(everyone[tied - 1]!.userId < everyone[tied]!.userId).toBe(true);
  });

  it("breaks an exact tie by mentor user id", () => {
    const a = applicant();
    const b = mentor({ userId: "b0000000-0000-4000-8000-000000000000" });
    const c = mentor({ userId: "c0000000-0000-4000-8000-000000000000" });
    expect(rankMentors(a, [c, b], opts).map((r) => r.userId)).toEqual([b.userId, c.userId]);
  });

  it("ranks a mentor lower when they carry more load", () => {
    const a = applicant({ countryOfBirth: "IN" });
    const twin = { field: "ai_computing", countryOfBirth: "IN" };
    const busy = mentor({
      ...twin,
      userId: "a1000000-0000-4000-8000-000000000000",
      activeMentees: 2,
      capacity: 3,
    });
    const free = mentor({ ...twin, userId: "f0000000-0000-4000-8000-000000000000" });
    const flooded = mentor({
      ...twin,
      userId: "a2000000-0000-4000-8000-000000000000",
      pendingRequests: 5,
    });
    // Without load the two busy ones would come first (their ids sort first).
    expect(rankMentors(a, [busy, flooded, free], opts).map((r) => r.userId)[0]).toBe(free.userId);
  });

  it("ranks complementary strength on weak criteria higher", () => {
    const a = applicant({
      assessments: { eb1a: { judging: "none", scholarly_articles: "strong" } },
    });
    const helpful = mentor({
      userId: "z0000000-0000-4000-8000-000000000000",
      cases: [{ pathway: "eb1a", criteriaAccepted: ["judging"], verified: false }],
    });
    const same = mentor({
      userId: "b0000000-0000-4000-8000-000000000000",
      cases: [{ pathway: "eb1a", criteriaAccepted: ["scholarly_articles"], verified: false }],
    });
    expect(rankMentors(a, [same, helpful], opts).map((r) => r.userId)).toEqual([
      helpful.userId,
      same.userId,
    ]);
  });
});

describe("every reason shown corresponds to a scored feature", () => {
  it("the reasons' weights sum to the score for every ranked mentor, with no empty reason", () => {
    for (const stage of ["rfe", "drafting"] as const) {
      const a = assessedApplicant(["eb1a", "eb2_niw", "o1a"], stage);
      const ranked = rankMentors(a, population(800, 21), { ...opts, limit: 800 });
      expect(ranked.length).toBeGreaterThan(100);
      for (const r of ranked) {
        expect(weightSum(r.reasons)).toBe(r.score);
        for (const reason of r.reasons) {
          expect(reason.weight).not.toBe(0);
          expect(reason.label).toMatch(/^\S.*\S$/);
        }
      }
    }
  });

  it("drops a reason exactly when its feature is taken away", () => {
    const a = assessedApplicant(["eb1a"]);
    const m = mentor({
      languages: ["en", "hi"],
      countryOfBirth: "IN",
      timezone: "America/Chicago",
    });
    const full = score(a, m, opts);
    const codes = (x: MentorFacts) => score(a, x, opts).reasons.map((r) => r.code);
    expect(codes({ ...m, languages: ["en"] })).toEqual(
      full.reasons.map((r) => r.code).filter((c) => c !== "shared_language"),
    );
    expect(codes({ ...m, countryOfBirth: null })).toEqual(
      full.reasons.map((r) => r.code).filter((c) => c !== "same_chargeability"),
    );
    expect(codes({ ...m, timezone: null })).toEqual(
      full.reasons.map((r) => r.code).filter((c) => c !== "timezone_close"),
    );
  });
});
