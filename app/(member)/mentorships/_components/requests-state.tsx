// The state of a request in words (never by colour alone), and the one date format of the page.
import type { RequestState } from "@/lib/mentorship/vocabulary";
import { cn } from "@/components/ui/cn";

const words: Record<"applicant" | "mentor", Record<RequestState, string>> = {
  applicant: {
    pending: "Waiting for the mentor",
    info_requested: "The mentor asked a question",
    accepted: "Accepted",
    declined: "Declined",
    withdrawn: "Withdrawn",
    expired: "Expired",
    completed: "Completed",
  },
  mentor: {
    pending: "Waiting for you",
    info_requested: "Waiting for their answer",
    accepted: "Accepted",
    declined: "Declined",
    withdrawn: "Withdrawn",
    expired: "Expired",
    completed: "Completed",
  },
};

const tones: Record<RequestState, string> = {
  pending: "bg-warning-subtle text-fg",
  info_requested: "bg-warning-subtle text-fg",
  accepted: "bg-success-subtle text-fg",
  completed: "bg-surface-muted text-fg",
  declined: "bg-surface-muted text-fg",
  withdrawn: "bg-surface-muted text-fg",
  expired: "bg-danger-subtle text-fg",
};

export function stateText(state: RequestState, as: "applicant" | "mentor"): string {
  return words[as][state];
}

export function StateBadge({ state, as }: { state: RequestState; as: "applicant" | "mentor" }) {
  return (
    <span className={cn("rounded-full px-2.5 py-0.5 text-sm font-medium", tones[state])}>
      <span className="sr-only">State: </span>
      {words[as][state]}
    </span>
  );
}

export function formatDay(date: Date): string {
  return date.toLocaleDateString("en-US", {
    month: "long",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });
}
