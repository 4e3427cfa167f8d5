// How a notification reads, and where it leads (pure: no I/O).
import type { NotificationType } from "./vocabulary";

export interface NotificationFacts {
  type: NotificationType;
  requestId: string | null;
  /** The actor's current name, when there is one. */
  actorName: string | null;
  data: Record<string, string | number | null>;
}

function str(value: string | number | null | undefined): string | null {
  return value === null || value === undefined || value === "" ? null : String(value);
}

/** A community thread, at the post the notification is about when there is one. */
function communityHref(data: NotificationFacts["data"]): string {
  const threadId = str(data.threadId);
  if (!threadId) return "/community";
  const slug = str(data.slug);
  const postId = str(data.postId);
  return `/community/${threadId}${slug ? `/${slug}` : ""}${postId ? `#post-${postId}` : ""}`;
}

/** One plain sentence and a link for a notification. */
export function describeNotification(n: NotificationFacts): { text: string; href: string } {
  const name = str(n.data.name) ?? n.actorName ?? "A member";
  const request = n.requestId ? `/mentorships/${n.requestId}` : "/mentorships";
  switch (n.type) {
    case "request_new":
      return { text: `${name} asks you to be their mentor.`, href: request };
    case "request_question":
      return { text: `${name} has a question about your request.`, href: request };
    case "request_answered":
      return { text: `${name} answered your question.`, href: request };
    case "request_accepted":
      return { text: `${name} accepted your request.`, href: request };
    case "request_declined":
      return { text: `${name} declined your request.`, href: request };
    case "request_withdrawn":
      return { text: `${name} withdrew their request.`, href: request };
    case "request_expiring":
      return {
        text: `The request from ${name} expires in 2 days. Please accept, decline or ask a question.`,
        href: request,
      };
    case "request_expired":
      return n.data.role === "mentor"
        ? { text: `The request from ${name} expired without an answer.`, href: request }
        : {
            text: `Your request to ${name} expired without an answer. Your other matches are waiting.`,
            href: "/mentors",
          };
    case "message_new":
      return { text: `${name} sent you a message.`, href: request };
    case "mentorship_ended":
      return { text: `${name} ended your mentorship.`, href: request };
    case "feedback_asked":
      return {
        text: "Your mentorship has ended. How was it? Your feedback helps other applicants.",
        href: n.requestId ? `${request}#feedback` : "/mentorships",
      };
    case "thread_reply":
      return {
        text: `${name} replied in “${str(n.data.title) ?? "a thread you follow"}”.`,
        href: communityHref(n.data),
      };
    case "mention":
      return {
        text: `${name} mentioned you in “${str(n.data.title) ?? "a community thread"}”.`,
        href: communityHref(n.data),
      };
    case "answer_accepted":
      return {
        text: `${name} accepted your answer in “${str(n.data.title) ?? "a community thread"}”.`,
        href: communityHref(n.data),
      };
    case "mentor_paused":
      return {
        text: 'Your mentor profile is paused because 2 requests expired without an answer. Turn "Accepting new mentees" back on when you are ready.',
        href: "/profile/mentor",
      };
    case "moderation_notice":
      return {
        text:
          str(n.data.message) ??
          "A moderator acted on something of yours. See why, and appeal if you disagree.",
        href: "/moderation",
      };
    case "report_resolved":
      return {
        text: `Your report is resolved: ${str(n.data.outcome) ?? "a moderator reviewed it"}. Thank you for keeping Landed trustworthy.`,
        href: "/moderation",
      };
    case "appeal_decided":
      return {
        text:
          n.data.outcome === "overturned"
            ? "Your appeal is accepted: the decision is reversed."
            : "Your appeal is decided: the decision stands.",
        href: "/moderation",
      };
    case "verification_verified":
      return {
        text: "Landed verified your case: your profile now carries the verified badge.",
        href: "/profile/mentor",
      };
    case "verification_rejected":
      return {
        text: `Landed could not verify your case${str(n.data.reason) ? `: ${str(n.data.reason)}` : ""}. You can upload new evidence.`,
        href: "/profile/mentor",
      };
    case "counterpart_leaving":
      return {
        text: `${name} is deleting their Landed account. Your shared space closes on ${str(n.data.due) ?? "the date in the email"}: keep what you need (Settings → Your data) before then.`,
        href: request,
      };
    case "counterpart_left":
      return {
        text: "A member you had a mentorship with deleted their account, so your shared space is closed.",
        href: "/mentorships",
      };
    case "data_export":
      return n.data.outcome === "failed"
        ? {
            text: "We could not prepare your data export. Please ask for a new one.",
            href: "/settings/data",
          }
        : {
            text: `Your data export is ready to download${str(n.data.until) ? ` until ${str(n.data.until)}` : ""}.`,
            href: "/settings/data",
          };
  }
}
