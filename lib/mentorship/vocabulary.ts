// The words of mentorship (pure; no I/O): request states, decline reasons and checklist statuses,
// with their labels. The schema stores each list as a PostgreSQL enum.

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

export const declineReasons = [
  "no_capacity",
  "outside_experience",
  "timing",
  "not_a_fit",
  "other",
] as const;
export type DeclineReason = (typeof declineReasons)[number];
export const declineReasonLabels: Record<DeclineReason, string> = {
  no_capacity: "I have no room for another mentee right now",
  outside_experience: "Your case is outside my experience",
  timing: "The timing does not work for me",
  not_a_fit: "I do not think I am the right mentor for this",
  other: "Another reason",
};

/** How far one item of the evidence checklist in a mentorship space has come. */
export const checklistStatuses = ["not_started", "gathering", "drafted", "strong"] as const;
export type ChecklistStatus = (typeof checklistStatuses)[number];
export const checklistStatusLabels: Record<ChecklistStatus, string> = {
  not_started: "Not started",
  gathering: "Gathering",
  drafted: "Drafted",
  strong: "Strong",
};
