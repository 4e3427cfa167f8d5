// The "because…" chip of a feed item in plain words (pure; no I/O).
import { fields } from "@/lib/domain/case-facts";
import { chargeabilityLabels, type Chargeability } from "@/lib/domain/countries";
import { criteria, type CriterionCode } from "@/lib/domain/criteria";
import { pathways } from "@/lib/domain/pathways";
import { stages, type StageCode } from "@/lib/domain/stages";
import type { FeedReason } from "./types";

// Where a criterion's name does not read well after "weak on …".
const criterionPhrases: Partial<Record<CriterionCode, string>> = {
  well_positioned: "being well positioned (prong 2)",
  balance: "the balance of interests (prong 3)",
};

function criterionName(c: CriterionCode): string {
  return criterionPhrases[c] ?? criteria[c].name.toLowerCase();
}

// Stages whose label does not read well in "at the … stage"; the rest derive from the label.
const stagePhrases: Partial<Record<StageCode, string>> = {
  filed: "For people who have filed",
  rfe: "For people answering an RFE",
  approved: "For people with an approved I-140",
  waiting_priority_date: "For people waiting for their priority date",
  adjusting: "For people adjusting status",
  green_card: "For green card holders",
  denied: "For people whose petition was denied",
  appeal_or_refile: "For people appealing or refiling",
};

function stageText(s: StageCode): string {
  return (
    stagePhrases[s] ??
    `For people at the ${stages[s].label.toLowerCase().replaceAll(" ", "-")} stage`
  );
}

// Where "born in <label>" needs other words than the Visa Bulletin label.
const birthPlaces: Partial<Record<Chargeability, string>> = {
  CN: "mainland China",
  PH: "the Philippines",
};

function chargeabilityText(area: Chargeability): string {
  if (area === "ROW") return "For rest-of-world chargeability";
  return `For people born in ${birthPlaces[area] ?? chargeabilityLabels[area]}`;
}

/** Short text for one reason, e.g. "For EB-1A applicants weak on judging". */
export function reasonText(reason: FeedReason): string {
  switch (reason.code) {
    case "followed_thread":
      return "New replies on a thread you follow";
    case "followed_author":
      return "From an author you follow";
    case "weak_criterion":
      return `For ${pathways[reason.pathway].short} applicants weak on ${criterionName(reason.criterion)}`;
    case "pathway":
      return `For ${pathways[reason.pathway].short} applicants`;
    case "stage":
      return stageText(reason.stage);
    case "field":
      return `In your field: ${fields[reason.field]}`;
    case "chargeability":
      return chargeabilityText(reason.area);
    case "official":
      return "Official guidance from Landed";
    case "popular":
      return "Popular with members";
    case "library":
      return "From the library";
    case "fresh":
      return "New this week";
    default: {
      const unknown: never = reason;
      return String(unknown);
    }
  }
}
