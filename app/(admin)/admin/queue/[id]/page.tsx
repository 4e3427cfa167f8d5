import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Markdown } from "@/components/markdown";
import { requirePageUser } from "@/lib/auth/session";
import { fullDate } from "@/lib/community/format";
import { NotFoundError } from "@/lib/errors";
import { getQueueItem } from "@/lib/moderation/queue/item";
import { reportReasonLabels, reportTargetLabels } from "@/lib/moderation/vocabulary";
import {
  AppealForm,
  RetagForm,
  type ActionChoice,
  ModerationForm,
} from "./_components/decision-forms";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Review" };

export default async function QueueItemPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/admin/queue/${id}`);
  const detail = await getQueueItem(user, id).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const { item, target } = detail;
  const hideable = ["thread", "post", "content"].includes(item.targetType);
  const community = item.targetType === "thread" || item.targetType === "post";
  const hidden = target.state.startsWith("hidden") || target.state.startsWith("removed");
  const choices: ActionChoice[] = [
    { value: "dismiss", label: hidden ? "Dismiss and show it again" : "Dismiss: no rule broken" },
    ...(hideable && !hidden ? [{ value: "hide", label: "Hide (reversible)" }] : []),
    ...(hideable && !target.state.startsWith("removed")
      ? [{ value: "remove", label: "Remove" }]
      : []),
    ...(hideable && hidden ? [{ value: "restore", label: "Restore it as it was" }] : []),
    ...(community && !target.state.includes("locked")
      ? [{ value: "lock", label: "Lock the thread" }]
      : []),
    ...(community && target.state.includes("locked")
      ? [{ value: "unlock", label: "Unlock the thread" }]
      : []),
    ...(item.targetUserId ? [{ value: "warn", label: "Warn the author" }] : []),
  ];
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="min-w-0 space-y-6">
        <PageHeader
          back={{ href: "/admin/queue", label: "Review queue" }}
          title={
            <>
              {item.kind === "appeal"
                ? "Appeal"
                : item.kind === "hold"
                  ? "Automatic hold"
                  : "Reported"}{" "}
              {reportTargetLabels[item.targetType]}
            </>
          }
        >
          <p className="text-sm text-muted">
            Opened {fullDate(item.openedAt)} · now {target.state}
            {item.holdReason ? ` · ${item.holdReason}` : ""}
            {item.closedAt ? ` · closed: ${item.outcome ?? ""}` : ""}
          </p>
        </PageHeader>

        <section
          aria-labelledby="target-heading"
          className="space-y-3 rounded-card border border-border bg-surface-raised p-4"
        >
          <h2 id="target-heading" className="font-semibold">
            {target.title ?? "The reported item"}
          </h2>
          <p className="text-sm text-muted">
            By{" "}
            {item.ownerHandle ? (
              <Link
                href={`/admin/users/${item.targetUserId}`}
                className="text-accent underline underline-offset-4"
              >
                {item.ownerName}
              </Link>
            ) : (
              "a former member"
            )}
            {target.href && (
              <>
                {" · "}
                <Link href={target.href} className="text-accent underline underline-offset-4">
                  Open in context
                </Link>
              </>
            )}
          </p>
          {target.body ? <Markdown className="text-sm">{target.body}</Markdown> : null}
          {target.parts.length > 0 && (
            <dl className="space-y-2 text-sm">
              {target.parts.map((part) => (
                <div key={part.label}>
                  <dt className="font-medium">{part.label}</dt>
                  <dd className="whitespace-pre-line">{part.text}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>

        {detail.appeal && (
          <section
            aria-labelledby="appeal-heading"
            className="space-y-2 rounded-card border border-border p-4"
          >
            <h2 id="appeal-heading" className="font-semibold">
              The appeal
            </h2>
            <p className="text-sm">
              Decision: {detail.appeal.decision.action} by{" "}
              {detail.appeal.decision.actorName ?? "a moderator"} on{" "}
              {fullDate(detail.appeal.decision.createdAt)}: “{detail.appeal.decision.reason}”
            </p>
            <p className="whitespace-pre-line rounded-control bg-surface-muted p-3 text-sm">
              {detail.appeal.text}
            </p>
          </section>
        )}

        <section aria-labelledby="reports-heading" className="space-y-2">
          <h2 id="reports-heading" className="font-semibold">
            Reports ({detail.reports.length})
          </h2>
          {detail.reports.length === 0 ? (
            <p className="text-sm text-muted">No member reported it.</p>
          ) : (
            <ul className="divide-y divide-border text-sm">
              {detail.reports.map((r) => (
                <li key={r.id} className="py-2">
                  <span className="font-medium">{reportReasonLabels[r.reason]}</span> ·{" "}
                  {r.reporterName} · {fullDate(r.createdAt)} · {r.status}
                  {r.details && <p className="text-muted">{r.details}</p>}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="history-heading" className="space-y-2">
          <h2 id="history-heading" className="font-semibold">
            History
          </h2>
          {detail.history.length === 0 ? (
            <p className="text-sm text-muted">No earlier moderation.</p>
          ) : (
            <ul className="divide-y divide-border text-sm">
              {detail.history.map((h) => (
                <li key={h.id} className="py-2">
                  {fullDate(h.createdAt)} · {h.action} · {h.actorName ?? "automatic"}
                  {h.reason ? ` · ${h.reason}` : ""}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <aside aria-label="Decide" className="min-w-0 space-y-6">
        {item.closedAt ? (
          <p className="rounded-card border border-border p-4 text-sm">
            This item is decided: {item.outcome}.
          </p>
        ) : item.kind === "appeal" ? (
          <div className="rounded-card border border-border p-4">
            <AppealForm itemId={item.id} />
          </div>
        ) : (
          <div className="space-y-4 rounded-card border border-border p-4">
            <ModerationForm itemId={item.id} choices={choices} />
            {community && target.category && (
              <RetagForm
                itemId={item.id}
                current={{
                  category: target.category,
                  pathways: target.pathways,
                  criteria: target.criteria,
                }}
              />
            )}
            {item.targetUserId && (
              <p className="text-sm">
                To suspend or ban the author:{" "}
                <Link
                  href={`/admin/users/${item.targetUserId}`}
                  className="text-accent underline underline-offset-4"
                >
                  their member page
                </Link>
                .
              </p>
            )}
          </div>
        )}
      </aside>
    </div>
  );
}
