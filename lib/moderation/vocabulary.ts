// The words of moderation (pure; no I/O): what can be reported and why, queue item kinds,
// decisions and appeals, with labels and the severity that orders the queue.
import { vocabulary } from "@/lib/vocabulary";

export const { codes: reportTargetTypes, labels: reportTargetLabels } = vocabulary({
  thread: "thread",
  post: "reply",
  content: "guide or article",
  profile: "profile",
  request: "mentorship request",
  message: "message",
});
export type ReportTargetType = (typeof reportTargetTypes)[number];

export const { codes: reportReasons, labels: reportReasonLabels } = vocabulary({
  spam: "Spam or advertising",
  harassment: "Harassment or abuse",
  off_topic: "Off-topic",
  legal_advice_scam: "Unauthorised legal advice or a scam (“notario”)",
  paid_evidence: "Paid awards or judging mills sold as evidence",
  personal_data: "Exposed personal data",
  other: "Something else",
});
export type ReportReason = (typeof reportReasons)[number];

/** How urgent a reason is, for the queue's order: harm to a person first. */
export const reasonSeverity: Record<ReportReason, number> = {
  personal_data: 5,
  harassment: 5,
  legal_advice_scam: 4,
  paid_evidence: 3,
  spam: 2,
  other: 2,
  off_topic: 1,
};

export const reportStatuses = ["open", "dismissed", "actioned"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

export const queueItemKinds = ["reports", "hold", "appeal"] as const;
export type QueueItemKind = (typeof queueItemKinds)[number];

export const decisionActions = ["hide", "remove", "warn", "suspend", "ban"] as const;
export type DecisionAction = (typeof decisionActions)[number];

export const appealStatuses = ["open", "upheld", "overturned"] as const;
export type AppealStatus = (typeof appealStatuses)[number];

/** Distinct reporters that hide a target until a moderator looks at it. */
export const AUTO_HIDE_REPORTERS = 3;
