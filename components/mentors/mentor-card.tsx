import Link from "next/link";
import { BadgeCheck, CircleAlert } from "@/components/ui/icons";
import { fields } from "@/lib/domain/case-facts";
import { languageName } from "@/lib/domain/countries";
import { pathways } from "@/lib/domain/pathways";
import type { MatchReason } from "@/lib/matching/types";
import type { MentorSummary } from "@/lib/mentors/types";
import { cn } from "@/components/ui/cn";
import { MentorActivity } from "./mentor-activity";
import { ReasonsDisclosure } from "@/components/ui/reasons-disclosure";
import { Weight } from "@/components/ui/weight";

/** Strongest reasons a match card shows before "All reasons"; they decide most of the score. */
const REASONS_SHOWN = 3;

/** The reasons on the card itself: the strongest few, and every caution (a negative weight). */
function shownReasons(reasons: MatchReason[]): MatchReason[] {
  return [
    ...reasons.filter((r) => r.weight >= 0).slice(0, REASONS_SHOWN),
    ...reasons.filter((r) => r.weight < 0),
  ];
}

export function VerificationLabel({
  verified,
  className,
}: {
  verified: boolean;
  className?: string;
}) {
  return verified ? (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full bg-success-subtle px-2 py-0.5 text-xs font-medium text-success",
        className,
      )}
    >
      <BadgeCheck aria-hidden="true" className="size-3.5" /> Verified outcome
    </span>
  ) : (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full bg-warning-subtle px-2 py-0.5 text-xs font-medium text-warning",
        className,
      )}
    >
      <CircleAlert aria-hidden="true" className="size-3.5" /> Unverified
    </span>
  );
}

export function caseSummaryText(mentor: Pick<MentorSummary, "cases">): string {
  return mentor.cases
    .map(
      (c) =>
        `${c.outcome === "approved" ? "Approved" : c.outcome[0]!.toUpperCase() + c.outcome.slice(1)} ${pathways[c.pathway].short}${c.decidedYear ? ` (${c.decidedYear})` : ""}`,
    )
    .join(" · ");
}

export function availabilityText(
  mentor: Pick<MentorSummary, "accepting" | "capacity" | "activeMentees">,
): string {
  if (!mentor.accepting) return "Not accepting mentees";
  const free = mentor.capacity - mentor.activeMentees;
  if (free <= 0) return "Full";
  return `${free} of ${mentor.capacity} seat${mentor.capacity === 1 ? "" : "s"} free`;
}

interface MentorCardProps {
  mentor: MentorSummary;
  /** Shown on matches: why this mentor, with each reason's weight (strongest first). */
  reasons?: MatchReason[];
  /** Buttons such as bookmark, in the card's footer. */
  actions?: React.ReactNode;
  headingLevel?: "h2" | "h3";
}

export function MentorCard({
  mentor,
  reasons,
  actions,
  headingLevel: Heading = "h2",
}: MentorCardProps) {
  const shown = reasons ? shownReasons(reasons) : [];
  return (
    <article className="flex flex-col gap-3 rounded-card border border-border bg-surface-raised p-4 sm:p-5">
      <header className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <Heading className="text-base font-semibold">
            <Link href={`/mentors/${mentor.handle}`} className="hover:underline">
              {mentor.displayName}
            </Link>
          </Heading>
          <p className="text-sm text-muted">{caseSummaryText(mentor) || "No case record yet"}</p>
        </div>
        <VerificationLabel verified={mentor.verified} />
      </header>
      {mentor.bioExcerpt && <p className="text-sm">{mentor.bioExcerpt}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        {mentor.field && (
          <>
            <dt className="text-muted">Field</dt>
            <dd>{fields[mentor.field]}</dd>
          </>
        )}
        {mentor.languages.length > 0 && (
          <>
            <dt className="text-muted">Speaks</dt>
            <dd>{mentor.languages.map(languageName).join(", ")}</dd>
          </>
        )}
        <dt className="text-muted">Availability</dt>
        <dd>{availabilityText(mentor)}</dd>
        <MentorActivity mentor={mentor} />
      </dl>
      {reasons && reasons.length > 0 && (
        <div>
          <h3 className="text-sm font-medium">Why this mentor</h3>
          <ul
            className="reason-list mt-1 space-y-1 text-sm"
            aria-label={`Reasons for matching ${mentor.displayName}`}
          >
            {/* Styled by .reason-list (app/globals.css). */}
            {shown.map((r) => (
              <li key={`${r.code}:${r.label}`}>
                <span>{r.label}</span>
                <Weight value={r.weight} />
              </li>
            ))}
          </ul>
          {reasons.length > shown.length && (
            <ReasonsDisclosure
              summary={`All ${reasons.length} reasons`}
              label={`Every reason for matching ${mentor.displayName}`}
              reasons={reasons.map((r) => ({ text: r.label, weight: r.weight }))}
            />
          )}
        </div>
      )}
      {actions && <footer className="mt-auto flex flex-wrap gap-2 pt-1">{actions}</footer>}
    </article>
  );
}
