import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown";
import { Alert } from "@/components/ui/alert";
import { reportAction } from "@/app/_actions/report";
import { ReportButton } from "@/components/moderation/report-button";
import { requirePageUser } from "@/lib/auth/session";
import { checklistStatusLabels } from "@/lib/mentorship/vocabulary";
import {
  getMentorshipSpace,
  MESSAGES_SHOWN,
  type MentorshipSpace,
} from "@/lib/mentorship/space/queries";
import { ChecklistItemForm } from "./_components/checklist-item-form";
import { Counterpart } from "./_components/counterpart";
import { EndMentorship } from "./_components/end-mentorship";
import { FeedbackForm } from "./_components/feedback-form";
import { GoalForm, GoalItem } from "./_components/goals";
import { MessageForm } from "./_components/message-form";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mentorship" };

type Params = Promise<{ id: string }>;

const dateTime = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const dateOnly = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function when(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}

export default async function MentorshipSpacePage({ params }: { params: Params }) {
  const { id } = await params;
  const user = await requirePageUser(`/mentorships/${id}`);
  const space = await getMentorshipSpace(user, id);
  if (!space) notFound();

  const other =
    space.viewerRole === "mentor"
      ? space.applicant.name
      : space.viewerRole === "applicant"
        ? space.mentor.name
        : `${space.applicant.name} and ${space.mentor.name}`;
  const readOnly = !space.canPost;

  return (
    <div className="max-w-3xl space-y-10">
      <PageHeader
        back={{ href: "/mentorships", label: "All mentorships" }}
        title={<>Mentorship with {other}</>}
        description={
          <>
            {space.state === "accepted" ? "Active" : "Completed"}
            {space.acceptedAt ? ` · started ${dateOnly.format(space.acceptedAt)}` : ""}
            {space.state === "completed" && space.closedAt
              ? ` · ended ${dateOnly.format(space.closedAt)}`
              : ""}
          </>
        }
      >
        {space.viewerRole === "admin" && (
          <Alert tone="warning" aria-label="Admin view">
            You are reading a private space as an admin. This read was recorded in the audit log.
          </Alert>
        )}
        {space.state === "completed" && (
          <Alert tone="info" aria-label="Read-only">
            This mentorship has ended. Its space is kept for you to read, but nothing can be
            changed.
          </Alert>
        )}
        <div className="rounded-control bg-surface-muted p-3 text-sm">
          <p className="font-medium">What you set out to do</p>
          <p className="whitespace-pre-wrap">{space.requestGoals}</p>
        </div>
      </PageHeader>

      {space.viewerRole === "applicant" && space.state === "completed" && (
        <FeedbackSection space={space} />
      )}

      <Counterpart space={space} viewer={user} />

      <Section id="messages" title="Messages" className="space-y-4">
        <p className="text-sm text-muted">
          Not legal advice: mentors share their own experience. For advice on your case, talk to an
          immigration attorney.
        </p>
        {space.olderMessagesHidden && (
          <p className="text-sm text-muted">Showing the latest {MESSAGES_SHOWN} messages.</p>
        )}
        {space.messages.length === 0 ? (
          <p className="rounded-card border border-dashed border-border p-4 text-sm text-muted">
            No messages yet.{" "}
            {space.canPost
              ? "Say hello and share what you would like to work on first."
              : "Nothing was written here."}
          </p>
        ) : (
          <ol className="space-y-3" aria-label="Message thread">
            {space.messages.map((m) => (
              <li
                key={m.id}
                className={
                  m.mine
                    ? "rounded-card border border-border bg-accent-subtle p-3 sm:ml-8"
                    : "rounded-card border border-border bg-surface-raised p-3 sm:mr-8"
                }
              >
                <div className="mb-1 flex flex-wrap items-center justify-between gap-x-2">
                  <p className="text-xs text-muted">
                    <span className="font-medium text-fg">{m.mine ? "You" : m.authorName}</span>
                    {" · "}
                    <time dateTime={m.createdAt.toISOString()}>{when(m.createdAt)}</time>
                  </p>
                  {/* Only the two members report, and only the other's words: moderators then see this message alone. */}
                  {!m.mine && m.authorId && space.viewerRole !== "admin" && (
                    <ReportButton
                      action={reportAction}
                      targetType="message"
                      targetId={String(m.id)}
                      label={`${m.authorName}'s message of ${when(m.createdAt)}`}
                    />
                  )}
                </div>
                <Markdown className="text-sm">{m.body}</Markdown>
              </li>
            ))}
          </ol>
        )}
        {space.canPost && <MessageForm requestId={space.id} />}
      </Section>

      <Section id="checklist" title="Evidence checklist" className="space-y-4">
        <p className="text-sm text-muted">
          One item per criterion of the pathways (visa categories) the applicant aims for. Either of
          you can set the status; the applicant writes notes and the mentor writes comments.
        </p>
        {space.checklist.length === 0 ? (
          <p className="rounded-card border border-dashed border-border p-4 text-sm text-muted">
            No checklist items: the applicant had no target pathway when the mentorship started.
          </p>
        ) : (
          groupByPathway(space.checklist).map(([pathwayName, items]) => (
            <div key={pathwayName} className="space-y-3">
              <h3 className="font-medium">{pathwayName}</h3>
              <ul className="space-y-3">
                {items.map((item) => (
                  <li
                    key={`${item.pathway}:${item.criterion}`}
                    className="rounded-card border border-border bg-surface-raised p-4"
                  >
                    <p className="mb-2 font-medium">{item.criterionName}</p>
                    {readOnly || space.viewerRole === "admin" ? (
                      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                        <dt className="text-muted">Status</dt>
                        <dd>{checklistStatusLabels[item.status]}</dd>
                        <dt className="text-muted">Applicant&apos;s note</dt>
                        <dd className="whitespace-pre-wrap">{item.applicantNote ?? "—"}</dd>
                        <dt className="text-muted">Mentor&apos;s comment</dt>
                        <dd className="whitespace-pre-wrap">{item.mentorComment ?? "—"}</dd>
                      </dl>
                    ) : (
                      <>
                        <p className="mb-3 text-sm whitespace-pre-wrap">
                          <span className="text-muted">
                            {space.viewerRole === "applicant"
                              ? "Mentor's comment: "
                              : "Applicant's note: "}
                          </span>
                          {(space.viewerRole === "applicant"
                            ? item.mentorComment
                            : item.applicantNote) ?? "none yet"}
                        </p>
                        <ChecklistItemForm
                          requestId={space.id}
                          pathway={item.pathway}
                          criterion={item.criterion}
                          criterionName={item.criterionName}
                          status={item.status}
                          applicantNote={item.applicantNote}
                          mentorComment={item.mentorComment}
                          editable={
                            space.viewerRole === "applicant" ? "applicantNote" : "mentorComment"
                          }
                        />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </Section>

      <Section id="goals" title="Goals" className="space-y-4">
        {space.goals.length === 0 ? (
          <p className="rounded-card border border-dashed border-border p-4 text-sm text-muted">
            No goals yet. {space.canPost ? "Add a first step below, with a date if it helps." : ""}
          </p>
        ) : (
          <ul className="divide-y divide-border" aria-label="Goals">
            {space.goals.map((goal) => (
              <GoalItem
                key={goal.id}
                requestId={space.id}
                goal={goal}
                editable={space.canPost}
                dueText={
                  goal.dueDate
                    ? `Due ${dateOnly.format(new Date(`${goal.dueDate}T00:00:00Z`))}`
                    : null
                }
              />
            ))}
          </ul>
        )}
        {space.canPost && <GoalForm requestId={space.id} />}
      </Section>

      {space.canPost && (
        <Section id="end" title="End mentorship">
          <p className="text-sm text-muted">
            When you have done what you set out to do, or it is no longer working, either of you can
            end the mentorship. The space then becomes read-only.
          </p>
          <EndMentorship requestId={space.id} otherName={other} />
        </Section>
      )}
    </div>
  );
}

function FeedbackSection({ space }: { space: MentorshipSpace }) {
  return (
    <section
      id="feedback"
      aria-labelledby="feedback-heading"
      className="space-y-3 rounded-card border border-border bg-surface-raised p-4 sm:p-5"
    >
      <h2 id="feedback-heading" className="text-lg font-semibold">
        Feedback for {space.mentor.name}
      </h2>
      {space.feedback ? (
        <p>Thank you. You rated this mentorship {space.feedback.rating} out of 5.</p>
      ) : (
        <FeedbackForm requestId={space.id} />
      )}
    </section>
  );
}

function groupByPathway(
  items: MentorshipSpace["checklist"],
): Array<[string, MentorshipSpace["checklist"]]> {
  const groups = new Map<string, MentorshipSpace["checklist"]>();
  for (const item of items) {
    const list = groups.get(item.pathwayName) ?? [];
    list.push(item);
    groups.set(item.pathwayName, list);
  }
  return [...groups];
}
