// The evidence dashboard's numbers: per chosen pathway, each criterion's self-rated strength and the
// progress toward what the pathway needs. Pure: no I/O.
import {
  criteria,
  pathwayRequirements,
  type CriterionCode,
  type Strength,
} from "@/lib/domain/criteria";
import { pathwayCodes, pathways, type PathwayCode } from "@/lib/domain/pathways";

export interface CriterionEvidence {
  code: CriterionCode;
  name: string;
  plain: string;
  /** Null while the criterion is not rated yet. */
  strength: Strength | null;
  note: string | null;
}

export interface PathwayEvidence {
  pathway: PathwayCode;
  name: string;
  short: string;
  /** Empty for a pathway with no criteria list (EB-1C). */
  criteria: CriterionEvidence[];
  strongCount: number;
  someCount: number;
  unratedCount: number;
  /** How many the pathway needs; null where there is no criteria list. */
  needed: number | null;
  /** "2 of 3 criteria strong for EB-1A". */
  sentence: string;
  /** What the pathway asks for, in plain words. */
  rule: string;
  officialUrl: string;
}

export interface AssessmentLike {
  pathway: PathwayCode;
  criterion: string;
  strength: Strength;
  note?: string | null;
}

/** Dhanasar's three parts are "prongs"; everything else with a list has "criteria". */
function unitOf(pathway: PathwayCode): string {
  return pathway === "eb2_niw" ? "prongs" : "criteria";
}

export function progressSentence(pathway: PathwayCode, strongCount: number): string {
  const { needed, rule } = pathwayRequirements[pathway];
  const short = pathways[pathway].short;
  if (needed === null) return `${short} has no criteria list: it needs ${rule}.`;
  const unit = unitOf(pathway);
  if (strongCount > needed) {
    return `${strongCount} ${unit} strong for ${short}, more than the ${needed} needed`;
  }
  return `${strongCount} of ${needed} ${unit} strong for ${short}`;
}

/** One entry per chosen pathway, in the usual pathway order. */
export function evidenceFor(
  targetPathways: readonly PathwayCode[],
  assessments: readonly AssessmentLike[],
): PathwayEvidence[] {
  const byKey = new Map(assessments.map((a) => [`${a.pathway}.${a.criterion}`, a]));
  return pathwayCodes
    .filter((p) => targetPathways.includes(p))
    .map((pathway) => {
      const requirement = pathwayRequirements[pathway];
      const list: CriterionEvidence[] = requirement.criteria.map((code) => {
        const a = byKey.get(`${pathway}.${code}`);
        return {
          code,
          name: criteria[code].name,
          plain: criteria[code].plain,
          strength: a?.strength ?? null,
          note: a?.note ?? null,
        };
      });
      const strongCount = list.filter((c) => c.strength === "strong").length;
      return {
        pathway,
        name: pathways[pathway].name,
        short: pathways[pathway].short,
        criteria: list,
        strongCount,
        someCount: list.filter((c) => c.strength === "some").length,
        unratedCount: list.filter((c) => c.strength === null).length,
        needed: requirement.needed,
        sentence: progressSentence(pathway, strongCount),
        rule: requirement.rule,
        officialUrl: pathways[pathway].officialUrl,
      };
    });
}
