// One entry of the feed: a content card or a community thread, its "because…" chip (all reasons
// under "Why this?", drawn when opened), and the save and "not interested" buttons.
import Link from "next/link";
import { MessageSquare, Sparkles } from "@/components/ui/icons";
import { AnswerBadges } from "@/components/community/answer-badges";
import { ContentCard } from "@/components/content/content-card";
import { ToggleButton } from "@/components/content/toggle-button";
import { TagList } from "@/components/ui/tag-list";
import type { FormAction } from "@/lib/action";
import { categories } from "@/lib/community/vocabulary";
import { threadHref, timeAgo } from "@/lib/community/format";
import { criteria } from "@/lib/domain/criteria";
import { pathways } from "@/lib/domain/pathways";
import { reasonText } from "@/lib/feed/reasons";
import { ReasonsDisclosure } from "@/components/ui/reasons-disclosure";
import type { FeedEntry as Entry, FeedThread } from "@/lib/feed/entries";
import type { FeedReason } from "@/lib/feed/types";

export function FeedEntry({
  entry,
  now,
  saveAction,
  notInterestedAction,
}: {
  entry: Entry;
  now: Date;
  saveAction: FormAction;
  notInterestedAction: FormAction;
}) {
  const title = entry.type === "content" ? entry.content.title : entry.thread.title;
  const footer = (
    <div className="space-y-2">
      <Reasons reasons={entry.reasons} />
      <div className="flex flex-wrap items-center gap-2">
        <ToggleButton
          action={saveAction}
          fields={{ type: entry.type, id: entry.id }}
          on={entry.saved}
          label={`Save “${title}”`}
          text="Save"
          onText="Saved"
          icon="bookmark"
        />
        <ToggleButton
          action={notInterestedAction}
          fields={{ type: entry.type, id: entry.id }}
          on={false}
          label={`Not interested in “${title}”`}
          text="Not interested"
          icon="eye-off"
          variant="plain"
        />
      </div>
    </div>
  );
  return entry.type === "content" ? (
    <ContentCard item={entry.content} now={now} footer={footer} />
  ) : (
    <ThreadCard thread={entry.thread} now={now} footer={footer} />
  );
}

function Reasons({ reasons }: { reasons: FeedReason[] }) {
  const [first, ...rest] = reasons;
  if (!first) return null;
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <span className="inline-flex items-center gap-1 rounded-full bg-accent-subtle px-2.5 py-0.5 font-medium">
        <Sparkles aria-hidden className="size-3.5" />
        <span className="sr-only">Because: </span>
        {reasonText(first)}
      </span>
      {rest.length > 0 && (
        <ReasonsDisclosure
          summary="Why this?"
          label="Every reason, strongest first"
          reasons={reasons.map((r) => ({ text: reasonText(r) }))}
        />
      )}
    </div>
  );
}

function ThreadCard({
  thread,
  now,
  footer,
}: {
  thread: FeedThread;
  now: Date;
  footer: React.ReactNode;
}) {
  const headingId = `thread-${thread.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-2 py-4">
      <p className="text-xs font-medium uppercase tracking-wide text-muted">
        Community · {categories[thread.category].name}
      </p>
      <h3 id={headingId} className="font-semibold leading-snug">
        <Link href={threadHref(thread)} className="underline-offset-4 hover:underline">
          {thread.title}
        </Link>
      </h3>
      <TagList
        pathways={thread.pathways.map((p) => pathways[p].short)}
        criteria={thread.criteria.map((c) => criteria[c].name)}
      />
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted">
        <span className="inline-flex items-center gap-1">
          <MessageSquare aria-hidden className="size-4" />
          {thread.replyCount} {thread.replyCount === 1 ? "reply" : "replies"}
        </span>
        <span>active {timeAgo(thread.lastActivityAt, now)}</span>
        <AnswerBadges thread={thread} />
      </p>
      {footer}
    </article>
  );
}
