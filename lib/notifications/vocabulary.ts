// The words of notifications (pure; no I/O): every kind of notification, with how it reads in a
// preference list, and which ones email by default.
import { vocabulary } from "@/lib/vocabulary";

export const { codes: notificationTypes, labels: notificationTypeLabels } = vocabulary({
  request_new: "Someone asks you to be their mentor",
  request_question: "A mentor asks you a question about your request",
  request_answered: "An applicant answers your question",
  request_accepted: "A mentor accepts your request",
  request_declined: "A mentor declines your request",
  request_withdrawn: "An applicant withdraws a request",
  request_expiring: "A request to you expires soon",
  request_expired: "A request expires without an answer",
  message_new: "A new message in a mentorship",
  mentorship_ended: "A mentorship ends",
  feedback_asked: "We ask for feedback on a mentorship",
  mentor_paused: "Your mentor profile is paused",
  thread_reply: "A new reply in a community thread you follow",
  mention: "Someone mentions you in the community",
  answer_accepted: "Your answer in the community is accepted",
  moderation_notice: "A moderator acts on something of yours, or warns you",
  report_resolved: "A report you made is resolved",
  appeal_decided: "Your appeal is decided",
  verification_verified: "Landed verifies your case",
  verification_rejected: "Landed cannot verify your case from the evidence",
  counterpart_leaving: "Someone you have a mentorship with is deleting their account",
  counterpart_left: "A mentorship closes because the other member's account was deleted",
  data_export: "Your data export is ready (or could not be made)",
});
export type NotificationType = (typeof notificationTypes)[number];

/** Types that send email unless the member turns it off (the rest are in-app only by default). */
export const emailByDefault: ReadonlySet<NotificationType> = new Set([
  "request_new",
  "request_question",
  "request_accepted",
  "request_declined",
  "request_expiring",
  "request_expired",
  "message_new",
  "feedback_asked",
  "mentor_paused",
  "mention",
  "answer_accepted",
  "moderation_notice",
  "appeal_decided",
  "verification_verified",
  "verification_rejected",
  "counterpart_leaving",
  "data_export",
]);
