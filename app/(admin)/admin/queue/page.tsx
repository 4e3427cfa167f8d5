import type { Metadata } from "next";
import Link from "next/link";
import { Inbox } from "@/components/ui/icons";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { timeAgo } from "@/lib/community/format";
import { listQueue } from "@/lib/moderation/queue/list";
import { getPremoderation } from "@/lib/moderation/settings";
import { reportReasonLabels, reportTargetLabels } from "@/lib/moderation/vocabulary";
import { PremoderationForm } from "./_components/premoderation-form";
import { doneMessage } from "./_components/done-messages";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Review queue" };

const kindLabels = { reports: "Reported", hold: "Automatic hold", appeal: "Appeal" } as const;

export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<{ done?: string }>;
}) {
  const user = await requirePageUser("/admin/queue");
  const done = doneMessage((await searchParams).done);
  const isAdmin = hasRoleAtLeast(user, "admin");
  const [{ items, open }, premoderation] = await Promise.all([
    listQueue(user),
    isAdmin ? getPremoderation() : Promise.resolve(null),
  ]);
  const now = new Date();
  return (
    <div className="space-y-8">
      <PageHeader
        title="Review queue"
        description={
          <>
            {open === 0
              ? "Nothing is waiting."
              : `${open} open ${open === 1 ? "item" : "items"}, most urgent first: harm to a person, many reporters, reporters who were right before, and time waiting.`}
          </>
        }
      />
      {done && (
        <Alert tone="success" aria-label="Done">
          {done}
        </Alert>
      )}
      {items.length === 0 ? (
        <EmptyState
          icon={Inbox}
          title="The queue is empty"
          description="Reports, automatic holds and appeals appear here as they come in."
        />
      ) : (
        <ol className="divide-y divide-border" aria-label="Open items">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-start justify-between gap-3 py-4">
              <article aria-labelledby={`item-${item.id}`} className="min-w-0 flex-1 space-y-1">
                <p className="text-xs font-medium uppercase tracking-wide text-muted">
                  {kindLabels[item.kind]} · {reportTargetLabels[item.targetType]} · waiting{" "}
                  {timeAgo(item.openedAt, now).replace(" ago", "")}
                </p>
                <h2 id={`item-${item.id}`} className="font-semibold break-words">
                  {item.summary ?? "(no longer exists)"}
                </h2>
                <p className="text-sm text-muted">
                  {item.ownerName ? `By ${item.ownerName}` : "Author unknown"}
                  {item.reporters > 0 &&
                    ` · ${item.reporters} ${item.reporters === 1 ? "reporter" : "reporters"}`}
                  {item.reasons.length > 0 &&
                    ` · ${item.reasons.map((r) => reportReasonLabels[r]).join(", ")}`}
                  {item.holdReason && ` · ${item.holdReason}`}
                </p>
              </article>
              <Link
                href={`/admin/queue/${item.id}`}
                className={buttonVariants({ variant: "secondary", size: "sm" })}
                aria-label={`Review: ${item.summary ?? "item"}`}
              >
                Review
              </Link>
            </li>
          ))}
        </ol>
      )}
      {premoderation && (
        <section
          aria-labelledby="premod-heading"
          className="space-y-3 rounded-card border border-border p-4"
        >
          <h2 id="premod-heading" className="text-lg font-semibold">
            Pre-moderation
          </h2>
          <p className="text-sm text-muted">
            When on, the first post of an account younger than the age below is held here until a
            moderator releases it.
          </p>
          <PremoderationForm value={premoderation} />
        </section>
      )}
    </div>
  );
}
