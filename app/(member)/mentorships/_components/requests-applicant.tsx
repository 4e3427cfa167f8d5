// "Your requests": each request the member sent, its state in words, and what they can do next.
import Link from "next/link";
import { reportAction } from "@/app/_actions/report";
import { ReportButton } from "@/components/moderation/report-button";
import { Send } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { RequestView } from "@/lib/mentorship/queries";
import { answerQuestionAction, withdrawRequestAction } from "../actions";
import { RequestTextForm, WithdrawDialog } from "./requests-forms";
import { formatDay, StateBadge } from "./requests-state";

const linkClass = "text-accent underline underline-offset-4 hover:text-accent-hover";

export function ApplicantRequests({ requests }: { requests: RequestView[] }) {
  if (requests.length === 0) {
    return (
      <EmptyState
        icon={Send}
        headingLevel="h3"
        title="You have not asked a mentor yet"
        description="Look at your matches, open a mentor's page and send a request with your goals."
        link={{ href: "/mentors", label: "See your matches" }}
      />
    );
  }
  return (
    <ul className="space-y-4">
      {requests.map((r) => (
        <li key={r.id}>
          <article
            aria-labelledby={`mine-${r.id}`}
            className="space-y-3 rounded-card border border-border bg-surface-raised p-4 sm:p-5"
          >
            <header className="flex flex-wrap items-center justify-between gap-2">
              <h3 id={`mine-${r.id}`} className="font-semibold">
                To{" "}
                <Link href={`/mentors/${r.mentor.handle}`} className={linkClass}>
                  {r.mentor.name}
                </Link>
              </h3>
              <div className="flex flex-wrap items-center gap-2">
                <StateBadge state={r.state} as="applicant" />
                {/* What the mentor wrote here (a question, a reason to decline) can be reported. */}
                {(r.question || r.declineText) && (
                  <ReportButton
                    action={reportAction}
                    targetType="request"
                    targetId={r.id}
                    label={`what ${r.mentor.name} wrote on your request`}
                  />
                )}
              </div>
            </header>
            <p className="text-sm text-muted">
              Sent {formatDay(r.createdAt)}
              {(r.state === "pending" || r.state === "info_requested") &&
                ` · answer expected by ${formatDay(r.deadlineAt)}`}
            </p>
            <details className="text-sm">
              <summary className="cursor-pointer text-muted">What you wrote</summary>
              <div className="mt-2 space-y-2">
                <p className="font-medium">Your goals</p>
                <p className="whitespace-pre-line">{r.goals}</p>
                <p className="font-medium">Your message</p>
                <p className="whitespace-pre-line">{r.message}</p>
              </div>
            </details>

            {r.question && (
              <div className="space-y-2 rounded-control bg-surface-muted p-3 text-sm">
                <p>
                  <span className="font-medium">{r.mentor.name} asked:</span>{" "}
                  <span className="whitespace-pre-line">{r.question}</span>
                </p>
                {r.answer && r.state !== "info_requested" && (
                  <p>
                    <span className="font-medium">You answered:</span>{" "}
                    <span className="whitespace-pre-line">{r.answer}</span>
                  </p>
                )}
              </div>
            )}
            {r.state === "info_requested" && (
              <RequestTextForm
                action={answerQuestionAction}
                requestId={r.id}
                name="answer"
                label="Your answer"
                submit="Send answer"
                maxLength={2000}
              />
            )}

            {r.state === "declined" && (
              <div className="space-y-1 text-sm">
                {r.declineReason && (
                  <p>
                    <span className="font-medium">Reason:</span> {r.declineReason}
                  </p>
                )}
                {r.declineText && <p className="whitespace-pre-line">“{r.declineText}”</p>}
              </div>
            )}

            <div className="flex flex-wrap items-center gap-3">
              {(r.state === "pending" || r.state === "info_requested") && (
                <WithdrawDialog
                  action={withdrawRequestAction}
                  requestId={r.id}
                  mentorName={r.mentor.name}
                />
              )}
              {(r.state === "accepted" || r.state === "completed") && (
                <Link href={`/mentorships/${r.id}`} className={buttonVariants({ size: "sm" })}>
                  Open your mentorship space
                </Link>
              )}
              {(r.state === "expired" || r.state === "declined") && (
                <p className="text-sm">
                  {r.state === "expired"
                    ? `${r.mentor.name} did not answer within 7 days. `
                    : "Another mentor may be a better fit. "}
                  <Link href="/mentors" className={linkClass}>
                    See your other matches
                  </Link>
                </p>
              )}
            </div>
          </article>
        </li>
      ))}
    </ul>
  );
}
