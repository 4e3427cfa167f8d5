// The mentor page's activity facts: last active, typical response time, feedback from mentees.
import { Clock, Star } from "@/components/ui/icons";
import { mentorPageStats } from "@/lib/mentors/stats";
import { lastActiveText, responseTimeText } from "@/lib/mentors/stats-math";
import { feedbackText } from "./mentor-activity";

export async function MentorProfileStats({ mentorId }: { mentorId: string }) {
  const stats = await mentorPageStats(mentorId);
  if (!stats) return null;
  const activity = [lastActiveText(stats.lastActiveAt), responseTimeText(stats.medianResponseHours)]
    .filter(Boolean)
    .join(" · ");
  return (
    <>
      {activity && (
        <div>
          <dt className="flex items-center gap-2 text-muted">
            <Clock aria-hidden="true" className="size-4 shrink-0" />
            Activity
          </dt>
          <dd className="pl-6">{activity}</dd>
        </div>
      )}
      {stats.feedback && (
        <div>
          <dt className="flex items-center gap-2 text-muted">
            <Star aria-hidden="true" className="size-4 shrink-0" />
            Feedback
          </dt>
          <dd className="pl-6">{feedbackText(stats.feedback)}</dd>
        </div>
      )}
    </>
  );
}
