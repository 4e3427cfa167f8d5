// Criteria per pathway, with stable codes (docs/domain.md) and plain-word names.
import { vocabulary } from "@/lib/vocabulary";
import type { PathwayCode } from "./pathways";

/** The criteria of every pathway, with stable codes; `criterionOptions` show their names. */
export const {
  codes: criterionCodes,
  entries: criteria,
  options: criterionOptions,
} = vocabulary(
  {
    awards: {
      code: "awards",
      name: "Awards",
      plain: "Nationally or internationally recognised prizes or awards for excellence",
    },
    membership: {
      code: "membership",
      name: "Membership",
      plain: "Membership in associations that require outstanding achievements",
    },
    press: {
      code: "press",
      name: "Press",
      plain: "Published material about you in professional or major media",
    },
    judging: {
      code: "judging",
      name: "Judging",
      plain: "Judging the work of others, such as peer review or competition panels",
    },
    original_contributions: {
      code: "original_contributions",
      name: "Original contributions",
      plain: "Original contributions of major significance to your field",
    },
    scholarly_articles: {
      code: "scholarly_articles",
      name: "Scholarly articles",
      plain: "Authorship of scholarly articles in professional journals or major media",
    },
    exhibitions: {
      code: "exhibitions",
      name: "Exhibitions",
      plain: "Display of your work at artistic exhibitions or showcases",
    },
    leading_role: {
      code: "leading_role",
      name: "Leading role",
      plain: "A leading or critical role for distinguished organisations",
    },
    high_salary: {
      code: "high_salary",
      name: "High salary",
      plain: "A high salary or remuneration compared with others in your field",
    },
    commercial_success: {
      code: "commercial_success",
      name: "Commercial success",
      plain: "Commercial success in the performing arts",
    },
    critical_role: {
      code: "critical_role",
      name: "Critical role",
      plain: "Employment in a critical or essential capacity for distinguished organisations",
    },
    merit_importance: {
      code: "merit_importance",
      name: "Merit and national importance",
      plain:
        "Your proposed endeavour has substantial merit and national importance (Dhanasar prong 1)",
    },
    well_positioned: {
      code: "well_positioned",
      name: "Well positioned",
      plain: "You are well positioned to advance the endeavour (Dhanasar prong 2)",
    },
    balance: {
      code: "balance",
      name: "On balance",
      plain:
        "On balance, waiving the job offer and labour certification benefits the US (Dhanasar prong 3)",
    },
  },
  (c) => c.name,
);
export type CriterionCode = (typeof criterionCodes)[number];

export interface Criterion {
  code: CriterionCode;
  name: string;
  /** One line in plain words. */
  plain: string;
}

export interface PathwayRequirement {
  criteria: CriterionCode[];
  /** How many criteria must be met; null where there is no criteria list (EB-1C). */
  needed: number | null;
  /** How the requirement reads, e.g. "3 of 10 criteria". */
  rule: string;
}

/** The six criteria EB-1A, EB-1B and O-1A all list, in their order. */
const sharedCriteria: readonly CriterionCode[] = [
  "awards",
  "membership",
  "press",
  "judging",
  "original_contributions",
  "scholarly_articles",
];

export const pathwayRequirements: Record<PathwayCode, PathwayRequirement> = {
  eb1a: {
    criteria: [
      ...sharedCriteria,
      "exhibitions",
      "leading_role",
      "high_salary",
      "commercial_success",
    ],
    needed: 3,
    rule: "at least 3 of 10 criteria (or a one-time major award), then a final-merits review",
  },
  eb1b: {
    criteria: [...sharedCriteria],
    needed: 2,
    rule: "at least 2 of 6 criteria, 3+ years of research or teaching, and a qualifying job offer",
  },
  eb1c: {
    criteria: [],
    needed: null,
    rule: "a qualifying managerial or executive role abroad and in the US",
  },
  eb2_niw: {
    criteria: ["merit_importance", "well_positioned", "balance"],
    needed: 3,
    rule: "EB-2 eligibility and all 3 prongs of Matter of Dhanasar",
  },
  o1a: {
    criteria: [...sharedCriteria, "high_salary", "critical_role"],
    needed: 3,
    rule: "at least 3 of 8 criteria (or a major award)",
  },
};

export function criteriaFor(pathway: PathwayCode): Criterion[] {
  return pathwayRequirements[pathway].criteria.map((c) => criteria[c]);
}

export function isCriterionOf(pathway: PathwayCode, criterion: string): criterion is CriterionCode {
  return (pathwayRequirements[pathway].criteria as readonly string[]).includes(criterion);
}

export const { codes: strengthLevels, labels: strengthLabels } = vocabulary({
  none: "None yet",
  some: "Some",
  strong: "Strong",
});
export type Strength = (typeof strengthLevels)[number];
