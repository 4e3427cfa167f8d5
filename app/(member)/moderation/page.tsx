import type { Metadata } from "next";
import Link from "next/link";
import { ShieldCheck } from "@/components/ui/icons";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";
import { fullDate } from "@/lib/community/format";
import { listOwnDecisions, type OwnDecision } from "@/lib/moderation/appeals";
import { listOwnReports } from "@/lib/moderation/reports";
import { reportReasonLabels, reportTargetLabels } from "@/lib/moderation/vocabulary";
import { AppealForm } from "@/components/moderation/appeal-form";
import { appealAction } from "./actions";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Moderation" };

const actionLabels: Record<OwnDecision["action"], string> = {
  hide: "Hidden",
  remove: "Removed",
  warn: "Warning",
  suspend: "Suspension",
  ban: "Ban",
};

function targetHref(d: Pick<OwnDecision, "targetType" | "targetId">): string | null {
  if (d.targetType === "thread") return `/community/${d.targetId}`;
  if (d.targetType === "content") return `/library/${d.targetId}`;
  return null;
}

export default async function ModerationPage() {
  const user = await requirePageUser("/moderation");
  const [decisions, reports] = await Promise.all([listOwnDecisions(user), listOwnReports(user)]);
  return (
    <div className="max-w-3xl space-y-10">
      <PageHeader
        title="Moderation"
        description={
          <>
            Decisions moderators made about your posts or your account, and the reports you made.
            You can appeal each decision once; a different moderator reviews it.
          </>
        }
      />

      <Section id="decisions" title="Decisions about you" className="space-y-4">
        {decisions.length === 0 ? (
          <EmptyState
            icon={ShieldCheck}
            headingLevel="h3"
            title="Nothing here"
            description="No moderator has acted on your posts or your account."
          />
        ) : (
          <ol className="space-y-4" aria-label="Decisions">
            {decisions.map((d) => {
              const href = targetHref(d);
              return (
                <li key={d.id} className="space-y-3 rounded-card border border-border p-4">
                  <article aria-labelledby={`decision-${d.id}`} className="space-y-2">
                    <h3 id={`decision-${d.id}`} className="font-semibold">
                      {actionLabels[d.action]}
                      {d.targetType ? ` · your ${reportTargetLabels[d.targetType]}` : ""}
                    </h3>
                    <p className="text-sm">
                      <span className="font-medium">Why: </span>
                      {d.reason}
                    </p>
                    <p className="text-sm text-muted">
                      {fullDate(d.createdAt)}
                      {d.until ? ` · until ${fullDate(d.until)}` : ""}
                      {d.reversedAt ? " · reversed" : ""}
                      {href && (
                        <>
                          {" · "}
                          <Link href={href} className="text-accent underline underline-offset-4">
                            See it
                          </Link>
                        </>
                      )}
                    </p>
                    {d.appeal ? (
                      <p className="rounded-control bg-surface-muted p-3 text-sm">
                        {d.appeal.status === "open"
                          ? "Your appeal is waiting for a moderator."
                          : d.appeal.status === "overturned"
                            ? `Your appeal was accepted: ${d.appeal.response ?? ""}`
                            : `Your appeal was declined: ${d.appeal.response ?? ""}`}
                      </p>
                    ) : d.reversedAt ? null : (
                      <AppealForm action={appealAction} fields={{ decisionId: d.id }} />
                    )}
                  </article>
                </li>
              );
            })}
          </ol>
        )}
      </Section>

      <Section id="reports" title="Your reports" className="space-y-4">
        {reports.length === 0 ? (
          <p className="text-sm text-muted">
            You have not reported anything. Use “Report” on a post, a guide or a profile when
            something breaks the rules.
          </p>
        ) : (
          <ul className="divide-y divide-border" aria-label="Your reports">
            {reports.map((r) => (
              <li key={r.id} className="py-3 text-sm">
                <p>
                  <span className="font-medium">
                    A {reportTargetLabels[r.targetType]}: {reportReasonLabels[r.reason]}
                  </span>{" "}
                  · {fullDate(r.createdAt)}
                </p>
                <p className="text-muted">
                  {r.status === "open"
                    ? "Waiting for a moderator."
                    : `Resolved: ${r.outcome ?? (r.status === "dismissed" ? "no rule broken" : "action taken")}.`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
