// getMentorMatches on a small world in the database: hard filters, visibility, order, cards.
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  applicantProfiles,
  caseRecords,
  criterionAssessments,
  mentorProfiles,
  type User,
} from "@/db/schema";
import type { CriterionCode, Strength } from "@/lib/domain/criteria";
import type { PathwayCode } from "@/lib/domain/pathways";
import { generatedMentor } from "@/db/seed/generated-profiles";
import { getMatchCandidates } from "@/lib/matching/candidates";
import { getApplicantFacts, getMentorMatches } from "@/lib/matching/queries";
import { rankMentors } from "@/lib/matching/rank";
import { weights } from "@/lib/matching/weights";
import { insertUser } from "./helpers";

const WINTER = new Date("2026-01-15T12:00:00Z");

type MentorProfileInput = Partial<typeof mentorProfiles.$inferInsert>;
type CaseInput = Partial<typeof caseRecords.$inferInsert> & { pathway: PathwayCode };

async function insertMentor(
  profile: MentorProfileInput = {},
  cases: CaseInput[] = [{ pathway: "eb1a" }],
  user: Parameters<typeof insertUser>[0] = {},
): Promise<User> {
  const u = await insertUser(user);
  await db.insert(mentorProfiles).values({
    userId: u.id,
    bio: "I was approved and I like to help.",
    languages: ["en"],
    countryVisibility: "members",
    caseDetailsVisibility: "members",
    capacity: 3,
    ...profile,
  });
  if (cases.length) {
    await db
      .insert(caseRecords)
      .values(cases.map((c) => ({ outcome: "approved" as const, mentorUserId: u.id, ...c })));
  }
  return u;
}

async function insertApplicant(
  profile: Partial<typeof applicantProfiles.$inferInsert> = {},
  assessments: Partial<Record<PathwayCode, Partial<Record<CriterionCode, Strength>>>> = {},
  existing?: User,
): Promise<User> {
  const u = existing ?? (await insertUser());
  await db.insert(applicantProfiles).values({
    userId: u.id,
    targetPathways: ["eb1a"],
    languages: ["en"],
    ...profile,
  });
  const rows = Object.entries(assessments).flatMap(([pathway, byCriterion]) =>
    Object.entries(byCriterion ?? {}).map(([criterion, strength]) => ({
      userId: u.id,
      pathway: pathway as PathwayCode,
      criterion,
      strength: strength,
    })),
  );
  if (rows.length) await db.insert(criterionAssessments).values(rows);
  return u;
}

async function matchIds(actor: User, limit = 50): Promise<string[]> {
  const matches = await getMentorMatches(actor, { limit, now: WINTER });
  return (matches ?? []).map((m) => m.mentor.userId);
}

// One database per file: each test starts with no profiles so its small world is the only one.
beforeEach(async () => {
  await db.delete(mentorProfiles).where(sql`true`);
  await db.delete(applicantProfiles).where(sql`true`);
});

describe("getMentorMatches", () => {
  it("is null without an applicant profile or without a target pathway", async () => {
    const nobody = await insertUser();
    expect(await getMentorMatches(nobody)).toBeNull();
    const undecided = await insertApplicant({ targetPathways: [] });
    expect(await getMentorMatches(undecided)).toBeNull();
  });

  it("applies the hard filters: paused, full, suspended, banned, other pathway, not approved, self", async () => {
    const a = await insertApplicant({ targetPathways: ["eb2_niw"] });
    // The applicant is also a mentor on their own target pathway.
    await db.insert(mentorProfiles).values({ userId: a.id, capacity: 2 });
    await db
      .insert(caseRecords)
      .values({ mentorUserId: a.id, pathway: "eb2_niw", outcome: "approved" });

    const open = await insertMentor({}, [{ pathway: "eb2_niw" }]);
    const lastSeat = await insertMentor({ capacity: 2, activeMentees: 1 }, [
      { pathway: "eb2_niw" },
    ]);
    const suspensionOver = await insertMentor({}, [{ pathway: "eb2_niw" }], {
      status: "suspended",
      suspendedUntil: new Date(Date.now() - 60_000),
    });
    const paused = await insertMentor({ accepting: false }, [{ pathway: "eb2_niw" }]);
    const full = await insertMentor({ capacity: 2, activeMentees: 2 }, [{ pathway: "eb2_niw" }]);
    const suspended = await insertMentor({}, [{ pathway: "eb2_niw" }], {
      status: "suspended",
      suspendedUntil: new Date(Date.now() + 86_400_000),
    });
    const banned = await insertMentor({}, [{ pathway: "eb2_niw" }], { status: "banned" });
    const otherPathway = await insertMentor({}, [{ pathway: "eb1a" }]);
    const denied = await insertMentor({}, [
      { pathway: "eb2_niw", outcome: "denied" },
      { pathway: "o1a" },
    ]);
    const pending = await insertMentor({}, [{ pathway: "eb2_niw", outcome: "pending" }]);
    const noCases = await insertMentor({}, []);

    const ids = await matchIds(a);
    expect(new Set(ids)).toEqual(new Set([open.id, lastSeat.id, suspensionOver.id]));
    for (const excluded of [
      a,
      paused,
      full,
      suspended,
      banned,
      otherPathway,
      denied,
      pending,
      noCases,
    ]) {
      expect(ids).not.toContain(excluded.id);
    }
    // The same holds in the candidates query alone, before any scoring.
    const candidates = await getMatchCandidates((await getApplicantFacts(a))!);
    expect(new Set(candidates.map((c) => c.userId))).toEqual(new Set(ids));
  });

  it("returns an empty list when nobody matches (the page then points to the directory)", async () => {
    const a = await insertApplicant({ targetPathways: ["eb1c"] });
    expect(await getMentorMatches(a)).toEqual([]);
  });

  it("uses a mentor's country only when they let members see it", async () => {
    const a = await insertApplicant({ targetPathways: ["o1a"], countryOfBirth: "IN" });
    const shown = await insertMentor({ countryOfBirth: "IN", countryVisibility: "members" }, [
      { pathway: "o1a" },
    ]);
    const hidden = await insertMentor({ countryOfBirth: "IN", countryVisibility: "private" }, [
      { pathway: "o1a" },
    ]);
    const matches = (await getMentorMatches(a, { now: WINTER }))!;
    const reasonsOf = (id: string) => matches.find((m) => m.mentor.userId === id)!.reasons;
    expect(reasonsOf(shown.id)).toContainEqual({
      code: "same_chargeability",
      label: "Same chargeability: India",
      weight: weights.chargeabilityLongQueue,
    });
    expect(reasonsOf(hidden.id).map((r) => r.code)).not.toContain("same_chargeability");
    expect(matches.map((m) => m.mentor.userId)).toEqual([shown.id, hidden.id]);
    // The private country never leaves the database.
    const candidates = await getMatchCandidates((await getApplicantFacts(a))!);
    expect(candidates.find((c) => c.userId === hidden.id)!.countryOfBirth).toBeNull();
  });

  it("uses a mentor's RFE only when their case details are not private", async () => {
    const a = await insertApplicant(
      { targetPathways: ["eb2_niw"], stage: "rfe" },
      { eb2_niw: { merit_importance: "none", well_positioned: "strong", balance: "some" } },
    );
    const rfe = { pathway: "eb2_niw" as const, rfe: true, rfeCriteria: ["merit_importance"] };
    const open = await insertMentor({ caseDetailsVisibility: "public" }, [rfe]);
    const hidden = await insertMentor({ caseDetailsVisibility: "private" }, [rfe]);
    const matches = (await getMentorMatches(a, { now: WINTER }))!;
    const reasonsOf = (id: string) => matches.find((m) => m.mentor.userId === id)!.reasons;
    expect(reasonsOf(open.id)).toContainEqual({
      code: "rfe_experience",
      label: "Answered an RFE on merit and national importance",
      weight: weights.rfeOnPathway + weights.rfeOnWeakCriterion,
    });
    expect(reasonsOf(hidden.id).map((r) => r.code)).not.toContain("rfe_experience");
    const candidates = await getMatchCandidates((await getApplicantFacts(a))!);
    expect(candidates.find((c) => c.userId === hidden.id)!.rfes).toEqual([]);
    expect(candidates.find((c) => c.userId === open.id)!.rfes).toEqual([
      { pathway: "eb2_niw", criteria: ["merit_importance"] },
    ]);
  });

  it("ranks by score, breaks ties by user id, and renders cards with their reasons", async () => {
    const a = await insertApplicant(
      {
        targetPathways: ["eb1a", "eb2_niw"],
        field: "ai_computing",
        countryOfBirth: "IN",
        languages: ["en", "hi"],
        timezone: "America/Los_Angeles",
        keywords: ["Computer Vision"],
      },
      { eb1a: { judging: "some", awards: "none", scholarly_articles: "strong" } },
    );
    const best = await insertMentor(
      {
        field: "ai_computing",
        countryOfBirth: "IN",
        languages: ["hi", "en"],
        timezone: "America/Los_Angeles",
        topics: ["computer vision"],
      },
      [
        {
          pathway: "eb1a",
          criteriaClaimed: ["judging"],
          criteriaAccepted: ["judging"],
          verificationStatus: "verified",
        },
      ],
    );
    const twinA = await insertMentor({}, [{ pathway: "eb2_niw" }]);
    const twinB = await insertMentor({}, [{ pathway: "eb2_niw" }]);
    const busy = await insertMentor(
      { field: "ai_computing", capacity: 3, activeMentees: 2, pendingRequests: 5 },
      [{ pathway: "eb1a" }],
    );
    const matches = (await getMentorMatches(a, { now: WINTER }))!;
    const [lowTwin, highTwin] = [twinA.id, twinB.id].sort();
    expect(matches.map((m) => m.mentor.userId)).toEqual([best.id, lowTwin, highTwin, busy.id]);
    expect(matches.map((m) => m.rank)).toEqual([1, 2, 3, 4]);

    const top = matches[0]!;
    expect(top.mentor.displayName).toBe(best.displayName);
    expect(top.mentor.verified).toBe(true);
    expect(top.reasons.map((r) => r.label)).toEqual([
      "Approved EB-1A, your target",
      "Same chargeability: India",
      "Same field: Computer science and AI",
      "EB-1A approval verified by an admin",
      "Speaks Hindi",
      "Same time zone",
      "Strong on judging, where you are weak",
      "Shared topic: computer vision",
    ]);
    expect(top.score).toBe(top.reasons.reduce((s, r) => s + r.weight, 0));
    expect(matches[3]!.reasons.filter((r) => r.weight < 0).map((r) => r.label)).toEqual([
      "Near capacity: 2 of 3 seats taken",
      "Many pending requests",
    ]);
  });

  it("reads the actor's own self-assessment, never another applicant's", async () => {
    const weakOnJudging = await insertApplicant({}, { eb1a: { judging: "none", press: "strong" } });
    const weakOnPress = await insertApplicant({}, { eb1a: { judging: "strong", press: "none" } });
    await insertMentor({}, [
      {
        pathway: "eb1a",
        criteriaClaimed: ["judging", "press"],
        criteriaAccepted: ["judging", "press"],
      },
    ]);
    const complements = async (actor: User) =>
      (await getMentorMatches(actor, { now: WINTER }))![0]!.reasons
        .filter((r) => r.code === "complements_weak_criterion")
        .map((r) => r.label);
    expect(await complements(weakOnJudging)).toEqual([
      "Strong on judging, where you have no evidence yet",
    ]);
    expect(await complements(weakOnPress)).toEqual([
      "Strong on press, where you have no evidence yet",
    ]);
  });

  it("beyond the candidate cap keeps the best pre-scored mentors, so no better match is lost", async () => {
    const a = await insertApplicant(
      {
        targetPathways: ["eb1a", "eb2_niw"],
        field: "ai_computing",
        countryOfBirth: "IN",
        languages: ["en", "hi"],
        timezone: "America/Los_Angeles",
        keywords: ["machine learning"],
      },
      {
        eb1a: { judging: "some", awards: "none", press: "none", scholarly_articles: "strong" },
        eb2_niw: { merit_importance: "some", well_positioned: "strong", balance: "none" },
      },
    );
    // A realistic population, generated the way the seed does it.
    for (let n = 0; n < 120; n++) {
      const g = generatedMentor(n, `cap-${n}@example.test`);
      await insertMentor(
        {
          field: g.field,
          topics: g.topics,
          languages: g.languages,
          timezone: g.timezone,
          countryOfBirth: g.countryOfBirth,
          countryVisibility: g.countryVisibility,
          caseDetailsVisibility: g.caseDetailsVisibility,
          capacity: g.capacity,
          activeMentees: g.activeMentees,
          pendingRequests: n % 4,
          accepting: g.accepting,
        },
        g.cases.map((c) => ({
          pathway: c.pathway,
          rfe: Boolean(c.rfeCriteria?.length),
          rfeCriteria: c.rfeCriteria ?? [],
          criteriaClaimed: c.claimed,
          criteriaAccepted: c.accepted,
          verificationStatus: c.verified ? ("verified" as const) : ("pending" as const),
        })),
      );
    }
    const facts = (await getApplicantFacts(a))!;
    const all = await getMatchCandidates(facts, { cap: 1000 });
    const capped = await getMatchCandidates(facts, { cap: 25 });
    expect(all.length).toBeGreaterThan(45);
    expect(capped).toHaveLength(25);
    // Nobody better is lost: the same scores, and the same mentors above the 10th score (a tie
    // at that boundary may be settled by someone else, since the cap also breaks ties by id).
    const exact = rankMentors(facts, all, { limit: 10, now: WINTER });
    const kept = rankMentors(facts, capped, { limit: 10, now: WINTER });
    expect(kept.map((r) => r.score)).toEqual(exact.map((r) => r.score));
    const boundary = exact.at(-1)!.score;
    const above = (ranked: typeof exact) =>
      ranked.filter((r) => r.score > boundary).map((r) => r.userId);
    expect(above(exact).length).toBeGreaterThanOrEqual(5);
    expect(above(kept)).toEqual(above(exact));
  });

  it("returns at most `limit` matches, the best ones", async () => {
    const a = await insertApplicant({ targetPathways: ["eb1b"], languages: ["en", "es"] });
    const speakers = [];
    for (let i = 0; i < 3; i++)
      speakers.push(await insertMentor({ languages: ["es"] }, [{ pathway: "eb1b" }]));
    for (let i = 0; i < 3; i++) await insertMentor({}, [{ pathway: "eb1b" }]);
    const ids = await matchIds(a, 3);
    expect(new Set(ids)).toEqual(new Set(speakers.map((s) => s.id)));
  });
});
