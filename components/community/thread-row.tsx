// One row of a thread list: title, tags, byline and the counts a reader scans for.
import Link from "next/link";
import { AnswerBadges } from "@/components/community/answer-badges";
import { TagList } from "@/components/ui/tag-list";
import { MessageSquare, ThumbsUp } from "@/components/ui/icons";
import { ANONYMOUS_LABEL, categories } from "@/lib/community/vocabulary";
import type { ThreadListItem } from "@/lib/community/thread-list";
import { criteria } from "@/lib/domain/criteria";
import { pathways } from "@/lib/domain/pathways";
import { threadHref, timeAgo } from "@/lib/community/format";

export function ThreadRow({ thread, now }: { thread: ThreadListItem; now: Date }) {
  const headingId = `thread-${thread.id}`;
  return (
    <article aria-labelledby={headingId} className="space-y-2 py-4">
      <h3 id={headingId} className="font-semibold leading-snug">
        <Link
          href={threadHref(thread)}
          className="hover:underline focus-visible:underline underline-offset-4"
        >
          {thread.title}
        </Link>
      </h3>
      <TagList
        category={categories[thread.category].name}
        pathways={thread.pathways.map((p) => pathways[p].short)}
        criteria={thread.criteria.map((c) => criteria[c].name)}
      />
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted">
        <span>
          {thread.kind === "question" ? "Asked" : "Started"} by{" "}
          {thread.author ? thread.author.name : ANONYMOUS_LABEL}
          {thread.anonymous && thread.author ? " (posted anonymously)" : ""} ·{" "}
          <time dateTime={thread.lastActivityAt.toISOString()}>
            active {timeAgo(thread.lastActivityAt, now)}
          </time>
        </span>
        <span className="inline-flex items-center gap-1">
          <MessageSquare aria-hidden className="size-4" />
          {thread.replyCount} {thread.replyCount === 1 ? "reply" : "replies"}
        </span>
        <span className="inline-flex items-center gap-1">
          <ThumbsUp aria-hidden className="size-4" />
          {thread.voteScore} {thread.voteScore === 1 ? "vote" : "votes"}
        </span>
        <AnswerBadges thread={thread} />
      </p>
    </article>
  );
}
