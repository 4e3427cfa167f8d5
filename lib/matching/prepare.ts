// The applicant side of scoring, prepared once per ranking, and the hard filters.
import { chargeabilityOf, type Chargeability } from "@/lib/domain/countries";
import type { PathwayCode } from "@/lib/domain/pathways";
import type { ApplicantFacts, MentorFacts } from "./types";

export interface ScoreOptions {
  /** The moment time-zone offsets are taken at (daylight saving); defaults to now. */
  now?: Date;
}

/** The applicant's facts in the shape scoring reads fastest; built once per ranking. */
export interface PreparedApplicant {
  facts: ApplicantFacts;
  keywords: ReadonlySet<string>;
  /** Languages other than English. */
  languages: ReadonlySet<string>;
  chargeability: Chargeability | null;
  now: Date;
  /** Hours apart per mentor time zone: a few zones cover most mentors. */
  zoneHours: Map<string, number>;
}

export function prepareApplicant(
  applicant: ApplicantFacts,
  options: ScoreOptions = {},
): PreparedApplicant {
  return {
    facts: applicant,
    keywords: new Set(applicant.keywords.map((k) => k.trim().toLowerCase()).filter(Boolean)),
    languages: new Set(applicant.languages.filter((l) => l !== "en")),
    chargeability: chargeabilityOf(applicant.countryOfBirth),
    now: options.now ?? new Date(),
    zoneHours: new Map(),
  };
}

export function targets(prep: PreparedApplicant, pathway: PathwayCode): boolean {
  return prep.facts.targetPathways.includes(pathway);
}

/** The hard filters (also applied in SQL): a shared approved pathway, accepting, a free seat, not oneself. */
export function passesHardFilters(
  applicant: Pick<ApplicantFacts, "userId" | "targetPathways">,
  mentor: MentorFacts,
): boolean {
  return (
    mentor.userId !== applicant.userId &&
    mentor.accepting &&
    mentor.activeMentees < mentor.capacity &&
    mentor.cases.some((c) => applicant.targetPathways.includes(c.pathway))
  );
}
