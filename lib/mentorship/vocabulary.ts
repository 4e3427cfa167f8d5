// The words of mentorship (pure; no I/O): request states, decline reasons and checklist statuses,
// with their labels. The schema stores each list as a PostgreSQL enum.
import { vocabulary } from "@/lib/vocabulary";

export const requestStates = [
  "pending",
  "info_requested",
  "accepted",
  "declined",
  "withdrawn",
  "expired",
  "completed",
] as const;
export type RequestState = (typeof requestStates)[number];

export const { codes: declineReasons, labels: declineReasonLabels } = vocabulary({
  no_capacity: "I have no room for another mentee right now",
  outside_experience: "Your case is outside my experience",
  timing: "The timing does not work for me",
  not_a_fit: "I do not think I am the right mentor for this",
  other: "Another reason",
});
export type DeclineReason = (typeof declineReasons)[number];

/** How far one item of the evidence checklist in a mentorship space has come. */
export const { codes: checklistStatuses, labels: checklistStatusLabels } = vocabulary({
  not_started: "Not started",
  gathering: "Gathering",
  drafted: "Drafted",
  strong: "Strong",
});
export type ChecklistStatus = (typeof checklistStatuses)[number];
