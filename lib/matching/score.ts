// Mentor scoring: a pure function of the two sides' facts. Every point comes with a reason.
import { fields, type FieldCode } from "@/lib/domain/case-facts";
import {
  chargeabilityLabels,
  chargeabilityOf,
  hoursApart,
  languageName,
} from "@/lib/domain/countries";
import { criteria, type CriterionCode, type Strength } from "@/lib/domain/criteria";
import { pathways, type PathwayCode } from "@/lib/domain/pathways";
import { prepareApplicant, targets, type PreparedApplicant, type ScoreOptions } from "./prepare";
import type { ApplicantFacts, MatchReason, MatchResult, MentorFacts } from "./types";
import { longQueueAreas, MANY_PENDING, NEAR_CAPACITY, weights as w } from "./weights";

function strengthWeight(s: Strength | undefined): number {
  return s === "none" ? w.complementsNone : s === "some" ? w.complementsSome : 0;
}

// Where a criterion's name does not read well after "Strong on …" or "an RFE on …".
const criterionPhrases: Partial<Record<CriterionCode, string>> = {
  well_positioned: "being well positioned (prong 2)",
  balance: "the balance of interests (prong 3)",
};

function criterionName(c: CriterionCode): string {
  return criterionPhrases[c] ?? criteria[c]?.name.toLowerCase() ?? c;
}

function list(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// Scratch space reused by every call (scoring is synchronous), so ranking thousands allocates little.
const critScratch: CriterionCode[] = [];
const critWeights: number[] = [];

function push(out: MatchReason[], code: MatchReason["code"], weight: number, label: string) {
  out.push({ code, label, weight });
}

/**
 * The score of one mentor for one applicant. With `out`, each feature's reason is pushed there;
 * without, no label is built. Both paths add the very same weights.
 */
export function evaluate(
  prep: PreparedApplicant,
  m: MentorFacts,
  out: MatchReason[] | null,
): number {
  const a = prep.facts;
  let total = 0;

  // Shared approved pathways, in the applicant's order of targets.
  let shared = 0;
  let verifiedOn: PathwayCode | null = null;
  for (const p of a.targetPathways) {
    let approved = false;
    for (const c of m.cases) {
      if (c.pathway !== p) continue;
      approved = true;
      if (c.verified && verifiedOn === null) verifiedOn = p;
    }
    if (!approved) continue;
    shared += 1;
    const weight = shared === 1 ? w.targetPathway : w.furtherPathway;
    total += weight;
    if (out) {
      const label =
        shared === 1
          ? `Approved ${pathways[p].short}, your target`
          : `Also approved ${pathways[p].short}, another of your targets`;
      push(out, "pathway_approved", weight, label);
    }
  }

  // Complementary strength: criteria accepted on a shared pathway where the applicant is weak.
  let n = 0;
  for (const c of m.cases) {
    if (!targets(prep, c.pathway)) continue;
    const assessed = a.assessments[c.pathway];
    if (!assessed) continue;
    for (const crit of c.criteriaAccepted) {
      const weight = strengthWeight(assessed[crit]);
      if (weight === 0) continue;
      const seen = critScratch.indexOf(crit);
      if (seen >= 0 && seen < n) {
        if (weight > critWeights[seen]!) critWeights[seen] = weight;
        continue;
      }
      critScratch[n] = crit;
      critWeights[n] = weight;
      n += 1;
    }
  }
  // Highest weight first, then criterion code, so the cap keeps the same criteria whatever the order.
  for (let i = 1; i < n; i++) {
    for (let j = i; j > 0; j--) {
      const wj = critWeights[j]!;
      const wp = critWeights[j - 1]!;
      if (wj < wp || (wj === wp && critScratch[j]! >= critScratch[j - 1]!)) break;
      critWeights[j] = wp;
      critWeights[j - 1] = wj;
      const cj = critScratch[j]!;
      critScratch[j] = critScratch[j - 1]!;
      critScratch[j - 1] = cj;
    }
  }
  for (let i = 0; i < Math.min(n, w.complementsMaxCriteria); i++) {
    const weight = critWeights[i]!;
    total += weight;
    if (out) {
      const name = criterionName(critScratch[i]!);
      const label =
        weight === w.complementsNone
          ? `Strong on ${name}, where you have no evidence yet`
          : `Strong on ${name}, where you are weak`;
      push(out, "complements_weak_criterion", weight, label);
    }
  }

  // RFE experience, for an applicant answering one: the best RFE on a shared pathway counts.
  if (a.stage === "rfe") {
    let best = 0;
    let bestPathway: PathwayCode | null = null;
    let bestWeak: CriterionCode[] | null = null;
    for (const r of m.rfes) {
      if (!targets(prep, r.pathway)) continue;
      const assessed = a.assessments[r.pathway];
      let weak: CriterionCode[] | null = null;
      for (const crit of r.criteria) {
        if (strengthWeight(assessed?.[crit]) > 0) (weak ??= []).push(crit);
      }
      const weight = w.rfeOnPathway + (weak ? w.rfeOnWeakCriterion : 0);
      if (weight > best) {
        best = weight;
        bestPathway = r.pathway;
        bestWeak = weak;
      }
    }
    if (bestPathway) {
      total += best;
      if (out) {
        const label = bestWeak
          ? `Answered an RFE on ${list(bestWeak.map(criterionName))}`
          : `Answered an RFE on ${pathways[bestPathway].short}`;
        push(out, "rfe_experience", best, label);
      }
    }
  }

  // Country of chargeability (country of birth, as the Visa Bulletin counts it).
  const area = prep.chargeability;
  if (area !== null && m.countryOfBirth && chargeabilityOf(m.countryOfBirth) === area) {
    const long = (longQueueAreas as readonly string[]).includes(area);
    const weight = long ? w.chargeabilityLongQueue : w.chargeabilityRestOfWorld;
    total += weight;
    if (out)
      push(out, "same_chargeability", weight, `Same chargeability: ${chargeabilityLabels[area]}`);
  }

  if (a.field && a.field === m.field) {
    total += w.sameField;
    if (out) {
      push(
        out,
        "same_field",
        w.sameField,
        `Same field: ${fields[a.field as FieldCode] ?? a.field}`,
      );
    }
  }

  if (prep.keywords.size > 0) {
    let shown: string[] | null = null;
    for (const t of m.topics) {
      if (shown && shown.length >= w.sharedTopicMax) break;
      const lower = t.toLowerCase();
      if (!prep.keywords.has(lower) || shown?.includes(lower)) continue;
      (shown ??= []).push(lower);
    }
    if (shown) {
      const weight = shown.length * w.sharedTopic;
      total += weight;
      if (out) {
        const label = `Shared ${shown.length === 1 ? "topic" : "topics"}: ${list(shown)}`;
        push(out, "shared_topics", weight, label);
      }
    }
  }

  if (prep.languages.size > 0) {
    let spoken: string[] | null = null;
    for (const l of m.languages) {
      if (prep.languages.has(l) && !spoken?.includes(l)) (spoken ??= []).push(l);
    }
    if (spoken) {
      total += w.sharedLanguage;
      if (out)
        push(out, "shared_language", w.sharedLanguage, `Speaks ${list(spoken.map(languageName))}`);
    }
  }

  if (a.timezone && m.timezone) {
    let h = prep.zoneHours.get(m.timezone);
    if (h === undefined) {
      h = hoursApart(a.timezone, m.timezone, prep.now);
      prep.zoneHours.set(m.timezone, h);
    }
    const weight = h <= 3 ? w.timezoneWithin3h : h <= 6 ? w.timezoneWithin6h : 0;
    if (weight !== 0) {
      total += weight;
      if (out) push(out, "timezone_close", weight, h === 0 ? "Same time zone" : `${h} h apart`);
    }
  }

  if (verifiedOn) {
    total += w.verifiedOutcome;
    if (out) {
      const label = `${pathways[verifiedOn].short} approval verified by an admin`;
      push(out, "verified_outcome", w.verifiedOutcome, label);
    }
  }

  // Fairness: busy mentors sink, so the best ones are not flooded.
  if (m.capacity > 0 && m.activeMentees > 0) {
    const used = Math.min(m.activeMentees / m.capacity, 1);
    const weight = Math.round(w.loadAtFull * used) || 0;
    if (weight !== 0) {
      total += weight;
      if (out) {
        const seats = `${m.activeMentees} of ${m.capacity} seats taken`;
        push(
          out,
          "load_penalty",
          weight,
          used >= NEAR_CAPACITY ? `Near capacity: ${seats}` : seats,
        );
      }
    }
  }
  const extra = m.pendingRequests - w.pendingFree;
  if (extra > 0) {
    const weight = Math.max(extra * w.pendingEach, w.pendingMax);
    total += weight;
    if (out) {
      const label =
        m.pendingRequests >= MANY_PENDING
          ? "Many pending requests"
          : `${m.pendingRequests} pending requests`;
      push(out, "load_penalty", weight, label);
    }
  }

  return total;
}

/** Score one mentor for one applicant: the total and a reason for every point, strongest first. */
export function score(
  applicant: ApplicantFacts,
  mentor: MentorFacts,
  options: ScoreOptions = {},
): MatchResult {
  return explain(prepareApplicant(applicant, options), mentor);
}

/** The score with its reasons, strongest first (ties keep the order features are scored in). */
export function explain(prep: PreparedApplicant, mentor: MentorFacts): MatchResult {
  const reasons: MatchReason[] = [];
  const total = evaluate(prep, mentor, reasons);
  reasons.sort((x, y) => y.weight - x.weight);
  return { score: total, reasons };
}
