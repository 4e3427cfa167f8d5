// "Requests to you": the open requests with the applicant's shared profile and criteria chart, the
// mentor's three answers, and the mentorships that came from earlier requests.
import Link from "next/link";
import { reportAction } from "@/app/_actions/report";
import { ReportButton } from "@/components/moderation/report-button";
import { Inbox } from "@/components/ui/icons";
import { PathwayEvidenceCard } from "@/components/evidence/evidence-dashboard";
import { EmptyState } from "@/components/ui/empty-state";
import type { IncomingRequest, IncomingRequests } from "@/lib/mentorship/queries";
import { declineReasonLabels, declineReasons } from "@/lib/mentorship/vocabulary";
import { evidenceFor } from "@/lib/profiles/evidence";
import { acceptRequestAction, askQuestionAction, declineRequestAction } from "../actions";
import { ApplicantFacts } from "./applicant-facts";
import { DeclineDialog, RequestButtonForm, RequestTextForm } from "./requests-forms";
import { formatDay, StateBadge } from "./requests-state";

const linkClass = "text-accent underline underline-offset-4 hover:text-accent-hover";
const reasonOptions = declineReasons.map((value) => ({ value, label: declineReasonLabels[value] }));

export function IncomingRequestsList({ incoming }: { incoming: IncomingRequests }) {
  const { open, recent, seats } = incoming;
  const current = recent.filter((r) => r.state === "accepted");
  const past = recent.filter((r) => r.state !== "accepted");
  return (
    <div className="space-y-6">
      <p className="text-sm text-muted">
        {seats.active} of {seats.capacity} seats taken
        {seats.accepting ? "" : " · you are not accepting new mentees"}.{" "}
        <Link href="/profile/mentor" className={linkClass}>
          Change your capacity
        </Link>
      </p>
      {open.length === 0 ? (
        <EmptyState
          icon={Inbox}
          headingLevel="h3"
          title="No open requests"
          description="When an applicant asks you to mentor them, their request shows here. A complete profile helps the right people find you."
          link={{
            href: "/profile/mentor",
            label: "Review your mentor profile",
            variant: "secondary",
          }}
        />
      ) : (
        <ul className="space-y-4">
          {open.map((r) => (
            <li key={r.id}>
              <OpenRequest request={r} />
            </li>
          ))}
        </ul>
      )}
      {current.length > 0 && (
        <section aria-labelledby="current-heading" className="space-y-2">
          <h3 id="current-heading" className="font-semibold">
            Your mentees
          </h3>
          <ul className="space-y-2 text-sm">
            {current.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-2">
                <Link href={`/mentorships/${r.id}`} className={linkClass}>
                  Mentorship with {r.applicant.name}
                </Link>
                <span className="text-muted">since {formatDay(r.acceptedAt ?? r.createdAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {past.length > 0 && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">Earlier requests ({past.length})</summary>
          <ul className="mt-2 space-y-2">
            {past.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-2">
                {r.state === "completed" ? (
                  <Link href={`/mentorships/${r.id}`} className={linkClass}>
                    {r.applicant.name}
                  </Link>
                ) : (
                  <span>{r.applicant.name}</span>
                )}
                <StateBadge state={r.state} as="mentor" />
                <span className="text-muted">{formatDay(r.createdAt)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function OpenRequest({ request: r }: { request: IncomingRequest }) {
  const p = r.profile;
  const evidence = p?.targetPathways ? evidenceFor(p.targetPathways, p.assessments ?? []) : [];

  return (
    <article
      aria-labelledby={`incoming-${r.id}`}
      className="space-y-4 rounded-card border border-border bg-surface-raised p-4 sm:p-5"
    >
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`incoming-${r.id}`} className="font-semibold">
          From {r.applicant.name}
        </h3>
        <div className="flex flex-wrap items-center gap-2">
          <StateBadge state={r.state} as="mentor" />
          <ReportButton
            action={reportAction}
            targetType="request"
            targetId={r.id}
            label={`${r.applicant.name}'s request`}
          />
        </div>
      </header>
      <p className="text-sm text-muted">
        Sent {formatDay(r.createdAt)} · please answer by {formatDay(r.deadlineAt)}, or it expires
      </p>
      <div className="space-y-2 text-sm">
        <p className="font-medium">What they want to achieve</p>
        <p className="whitespace-pre-line">{r.goals}</p>
        <p className="font-medium">Their message</p>
        <p className="whitespace-pre-line">{r.message}</p>
      </div>
      {r.question && (
        <div className="space-y-2 rounded-control bg-surface-muted p-3 text-sm">
          <p>
            <span className="font-medium">You asked:</span>{" "}
            <span className="whitespace-pre-line">{r.question}</span>
          </p>
          <p>
            <span className="font-medium">Their answer:</span>{" "}
            {r.answer && r.state === "pending" ? (
              <span className="whitespace-pre-line">{r.answer}</span>
            ) : (
              <span className="text-muted">not yet</span>
            )}
          </p>
        </div>
      )}
      <ApplicantFacts profile={p} />
      {evidence.length > 0 && (
        <details className="space-y-3">
          <summary className="cursor-pointer text-sm font-medium">
            Their criteria chart (self-rated)
          </summary>
          <div className="mt-3 space-y-4">
            {evidence.map((e) => (
              <PathwayEvidenceCard key={e.pathway} evidence={e} showNotes />
            ))}
            <p className="text-sm text-muted">
              {r.applicant.name} rated these themselves and shared them with you by sending this
              request. Not legal advice and not a prediction.
            </p>
          </div>
        </details>
      )}
      <div className="flex flex-wrap items-start gap-3">
        <RequestButtonForm
          action={acceptRequestAction}
          requestId={r.id}
          label="Accept"
          accessibleLabel={`Accept ${r.applicant.name}'s request`}
        />
        <DeclineDialog
          action={declineRequestAction}
          requestId={r.id}
          applicantName={r.applicant.name}
          reasons={reasonOptions}
        />
      </div>
      {r.state === "pending" && (
        <details>
          <summary className="cursor-pointer text-sm font-medium">Ask a question</summary>
          <div className="mt-3">
            <RequestTextForm
              action={askQuestionAction}
              requestId={r.id}
              name="question"
              label="Your question"
              description={`${r.applicant.name} has 7 days to answer; your deadline moves with it.`}
              submit="Send question"
              maxLength={1000}
            />
          </div>
        </details>
      )}
    </article>
  );
}
