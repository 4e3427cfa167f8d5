// Last active, typical response time and the feedback aggregate, as rows of a mentor card's list.
import { lastActiveText, responseTimeText } from "@/lib/mentors/stats-math";
import type { MentorSummary } from "@/lib/mentors/types";

export function feedbackText(feedback: { average: number; count: number }): string {
  return `${feedback.average.toFixed(1)} from ${feedback.count} mentees`;
}

export function MentorActivity({
  mentor,
}: {
  mentor: Pick<MentorSummary, "lastActiveAt" | "medianResponseHours" | "feedback">;
}) {
  const active = lastActiveText(mentor.lastActiveAt ? new Date(mentor.lastActiveAt) : null);
  const response = responseTimeText(mentor.medianResponseHours ?? null);
  return (
    <>
      {(active || response) && (
        <>
          <dt className="text-muted">Activity</dt>
          <dd>{[active, response].filter(Boolean).join(" · ")}</dd>
        </>
      )}
      {mentor.feedback && (
        <>
          <dt className="text-muted">Feedback</dt>
          <dd>{feedbackText(mentor.feedback)}</dd>
        </>
      )}
    </>
  );
}
