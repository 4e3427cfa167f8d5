// The applicant's journey (docs/domain.md), in order, with the side exits last.
import { vocabulary } from "@/lib/vocabulary";

/** The stages, each with a label and a line in plain words; `stageOptions` in journey order. */
export const {
  codes: stageCodes,
  entries: stages,
  options: stageOptions,
} = vocabulary(
  {
    exploring: { label: "Exploring", plain: "Learning which pathways exist and whether one fits" },
    assessing: {
      label: "Assessing",
      plain: "Choosing a pathway and checking which criteria you meet",
    },
    building_evidence: {
      label: "Building evidence",
      plain: "Gathering evidence for your criteria",
    },
    drafting: {
      label: "Drafting",
      plain: "Writing the petition letter, recommendation letters and exhibits",
    },
    filed: { label: "Filed", plain: "I-140 filed and pending" },
    rfe: {
      label: "Answering an RFE",
      plain: "Answering a Request for Evidence or a Notice of Intent to Deny",
    },
    approved: { label: "I-140 approved", plain: "Your petition is approved" },
    waiting_priority_date: {
      label: "Waiting for the priority date",
      plain: "Waiting for your date in the Visa Bulletin",
    },
    adjusting: {
      label: "Adjusting status",
      plain: "I-485 in the US, or consular processing abroad",
    },
    green_card: { label: "Green card", plain: "Permanent resident" },
    denied: { label: "Denied", plain: "The petition was denied" },
    appeal_or_refile: {
      label: "Appealing or refiling",
      plain: "Appealing the decision or filing again",
    },
  },
  (s) => s.label,
);
export type StageCode = (typeof stageCodes)[number];
