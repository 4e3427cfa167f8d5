// Every kind of notification, with how it reads in a preference list.
export const notificationTypes = [
  "request_new",
  "request_question",
  "request_answered",
  "request_accepted",
  "request_declined",
  "request_withdrawn",
  "request_expiring",
  "request_expired",
  "message_new",
  "mentorship_ended",
  "feedback_asked",
  "mentor_paused",
  "thread_reply",
  "mention",
  "answer_accepted",
] as const;
export type NotificationType = (typeof notificationTypes)[number];

export const notificationTypeLabels: Record<NotificationType, string> = {
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
};

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
]);
