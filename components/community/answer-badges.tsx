import { BadgeCheck, CircleCheck } from "@/components/ui/icons";

/** "Answered" and "Verified mentor replied": what a reader scans a thread list for. */
export function AnswerBadges({
  thread,
}: {
  thread: { hasAcceptedAnswer: boolean; hasMentorAnswer: boolean };
}) {
  return (
    <>
      {thread.hasAcceptedAnswer && (
        <span className="inline-flex items-center gap-1 font-medium text-success">
          <CircleCheck aria-hidden className="size-4" />
          Answered
        </span>
      )}
      {thread.hasMentorAnswer && (
        <span className="inline-flex items-center gap-1 font-medium text-accent">
          <BadgeCheck aria-hidden className="size-4" />
          Verified mentor replied
        </span>
      )}
    </>
  );
}
