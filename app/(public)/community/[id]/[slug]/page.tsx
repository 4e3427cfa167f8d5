import { randomUUID } from "node:crypto";
import { absoluteUrl } from "@/lib/env";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { BadgeCheck, CircleCheck, Lock } from "@/components/ui/icons";
import { Markdown } from "@/components/markdown";
import { ReportButton } from "@/components/moderation/report-button";
import { reportAction } from "@/app/_actions/report";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { getCurrentUser } from "@/lib/auth/session";
import { ANONYMOUS_LABEL, threadKindLabels } from "@/lib/community/vocabulary";
import { fullDate, threadHref, timeAgo } from "@/lib/community/format";
import {
  getThread,
  listReplies,
  listRevisions,
  type ThreadView,
} from "@/lib/community/thread-page";
import { type PostView } from "@/lib/community/views";
import { criteria } from "@/lib/domain/criteria";
import { pathways } from "@/lib/domain/pathways";
import { TagList } from "@/components/ui/tag-list";
import {
  AcceptButton,
  DeletePostButton,
  EditPost,
  FollowButton,
  ReplyForm,
  VoteButton,
} from "./_components/post-controls";
import { Section } from "@/components/ui/section";

type Params = Promise<{ id: string; slug: string }>;
type SearchParams = Promise<{ after?: string; history?: string }>;

// The page and its metadata read the same thread once per request.
const loadThread = cache(async (id: string) => getThread(await getCurrentUser(), id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const page = await loadThread(id);
  if (page.status === "not_found") return { title: "Thread not found" };
  if (page.status === "sign_in_required") return { title: "Community" };
  const { thread } = page;
  return {
    title: thread.title,
    description: thread.description,
    alternates: { canonical: absoluteUrl(threadHref(thread)) },
    openGraph: {
      type: "article",
      title: thread.title,
      description: thread.description,
      url: absoluteUrl(threadHref(thread)),
      siteName: "Landed",
    },
    twitter: { card: "summary", title: thread.title, description: thread.description },
  };
}

export default async function ThreadPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { id, slug } = await params;
  const { after, history } = await searchParams;
  const viewer = await getCurrentUser();
  const page = await loadThread(id);
  if (page.status === "not_found") notFound();
  if (page.status === "sign_in_required") {
    return (
      <EmptyState
        title="For members only"
        description="This thread is in a members-only category. Sign in or create a free account to read it."
        action={
          <Link
            href={`/sign-in?next=${encodeURIComponent(`/community/${id}/${slug}`)}`}
            className={buttonVariants({ variant: "primary" })}
          >
            Sign in
          </Link>
        }
      />
    );
  }
  const { thread, opening, accepted } = page;
  if (slug !== thread.slug) permanentRedirect(threadHref(thread));

  // Later pages of replies come by cursor; the question and the accepted answer stay on top.
  const more = after ? await listReplies(viewer, thread.id, after) : null;
  const replies = more ? more.replies : page.replies;
  const nextCursor = more ? more.nextCursor : page.nextCursor;
  const revisions = history ? await listRevisions(viewer, history) : null;
  const now = new Date();

  return (
    <article className="max-w-3xl space-y-8" aria-labelledby="thread-title">
      <header className="space-y-3">
        <p className="text-sm">
          <Link
            href={`/community?category=${thread.category}`}
            className="text-accent underline underline-offset-4"
          >
            {thread.categoryName}
          </Link>
        </p>
        <h1 id="thread-title" className="text-2xl font-semibold tracking-tight">
          {thread.title}
        </h1>
        <TagList
          pathways={thread.pathways.map((p) => pathways[p].short)}
          criteria={thread.criteria.map((c) => criteria[c].name)}
        />
        <p className="text-sm text-muted">
          {threadKindLabels[thread.kind]} · {thread.replyCount}{" "}
          {thread.replyCount === 1 ? "reply" : "replies"} · active{" "}
          <time dateTime={thread.lastActivityAt.toISOString()}>
            {timeAgo(thread.lastActivityAt, now)}
          </time>
        </p>
        {thread.locked && (
          <Alert tone="info" aria-label="Locked">
            <Lock aria-hidden className="mr-1 inline size-4" />A moderator locked this thread: it
            can be read but takes no new replies.
          </Alert>
        )}
        {thread.hidden && (
          <Alert tone="warning" aria-label="Hidden">
            This thread is hidden: only you and the moderators can see it. It is waiting for a
            moderator&apos;s review, or a moderator hid it; if it holds a receipt number, an
            A-number or a passport number, edit it to remove the number and it comes back.
            {thread.mine ? (
              <>
                {" "}
                <Link href="/moderation" className="underline underline-offset-4">
                  Decisions about your posts
                </Link>
              </>
            ) : null}
          </Alert>
        )}
        {viewer && thread.canFollow && (
          <FollowButton threadId={thread.id} following={thread.following} />
        )}
      </header>

      <Post post={opening} thread={thread} revisions={history === opening.id ? revisions : null} />

      {accepted && (
        <section aria-labelledby="accepted-heading" className="space-y-3">
          <h2 id="accepted-heading" className="flex items-center gap-2 text-lg font-semibold">
            <CircleCheck aria-hidden className="size-5 text-success" />
            Accepted answer
          </h2>
          <Post
            post={accepted}
            thread={thread}
            revisions={history === accepted.id ? revisions : null}
          />
        </section>
      )}

      <Section id="replies" title={accepted ? "Other replies" : "Replies"} className="space-y-4">
        {replies.length === 0 ? (
          <p className="rounded-card border border-dashed border-border p-4 text-sm text-muted">
            {after
              ? "No more replies."
              : accepted
                ? "No other replies yet."
                : thread.kind === "question"
                  ? "No answers yet. If you have been through this, your reply helps."
                  : "No replies yet. Start the conversation."}
          </p>
        ) : (
          <ol className="space-y-4" aria-label="Replies">
            {replies.map((r) => (
              <li key={r.id}>
                <Post post={r} thread={thread} revisions={history === r.id ? revisions : null} />
              </li>
            ))}
          </ol>
        )}
        {(nextCursor || after) && (
          <nav aria-label="Reply pages" className="flex flex-wrap gap-3">
            {after && (
              <Link href={threadHref(thread)} className={buttonVariants({ variant: "secondary" })}>
                First replies
              </Link>
            )}
            {nextCursor && (
              <Link
                href={`${threadHref(thread)}?after=${encodeURIComponent(nextCursor)}`}
                className={buttonVariants({ variant: "secondary" })}
              >
                More replies
              </Link>
            )}
          </nav>
        )}
      </Section>

      <Section id="reply" title={thread.kind === "question" ? "Your answer" : "Your reply"}>
        {!viewer ? (
          <p className="text-sm">
            <Link
              href={`/sign-in?next=${encodeURIComponent(threadHref(thread))}`}
              className="text-accent underline underline-offset-4"
            >
              Sign in
            </Link>{" "}
            to reply, vote or follow this thread.
          </p>
        ) : thread.canReply ? (
          <ReplyForm threadId={thread.id} idempotencyKey={randomUUID()} />
        ) : (
          <p className="text-sm text-muted">
            {thread.locked ? "This thread is locked." : "You cannot reply to this thread."}
          </p>
        )}
      </Section>
    </article>
  );
}

function Post({
  post,
  thread,
  revisions,
}: {
  post: PostView;
  thread: ThreadView;
  revisions: Awaited<ReturnType<typeof listRevisions>>;
}) {
  const name = post.author ? post.author.name : ANONYMOUS_LABEL;
  const label = post.isOpening ? "the question" : `${name}'s reply`;
  const body = post.body ? (
    <Markdown>{post.body}</Markdown>
  ) : (
    <p className="text-sm italic text-muted">
      {post.deleted ? "Deleted by author." : "Hidden by a moderator."}
    </p>
  );
  return (
    <div
      id={`post-${post.id}`}
      className={
        post.accepted
          ? "space-y-3 rounded-card border-2 border-success bg-surface-raised p-4"
          : "space-y-3 rounded-card border border-border bg-surface-raised p-4"
      }
    >
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span className="font-medium">{name}</span>
        {post.anonymous && post.author && (
          <span className="text-muted">
            (posted anonymously{post.mine ? ": others see “anonymous member”" : ""})
          </span>
        )}
        {post.verifiedMentor && !post.anonymous && (
          <span className="inline-flex items-center gap-1 rounded-full bg-accent-subtle px-2 py-0.5 text-xs font-medium">
            <BadgeCheck aria-hidden className="size-3.5" />
            Verified mentor
          </span>
        )}
        <span className="text-muted">
          ·{" "}
          <time dateTime={post.createdAt.toISOString()} title={fullDate(post.createdAt)}>
            {fullDate(post.createdAt)}
          </time>
        </span>
        {post.editedAt && (
          <Link
            href={`${threadHref(thread)}?history=${post.id}#post-${post.id}`}
            className="text-muted underline underline-offset-4"
          >
            edited
          </Link>
        )}
      </p>

      {post.hidden && post.body && (
        <p className="rounded-control bg-warning-subtle px-3 py-2 text-sm">
          {post.mine
            ? "Hidden: only you and the moderators can see this. If it holds a receipt, A- or passport number, edit it out and it comes back."
            : "Hidden from members (you see it as a moderator)."}
        </p>
      )}
      {post.canEdit && post.body ? (
        <EditPost
          postId={post.id}
          version={post.version}
          body={post.body}
          title={post.isOpening ? thread.title : undefined}
        >
          {body}
        </EditPost>
      ) : (
        body
      )}

      {revisions && (
        <details open className="rounded-control bg-surface-muted p-3 text-sm">
          <summary className="cursor-pointer font-medium">
            Earlier versions ({revisions.length})
          </summary>
          {revisions.length === 0 && (
            <p className="mt-2 text-muted">No earlier version is shown to you.</p>
          )}
          <ol className="mt-2 space-y-3">
            {revisions.map((r) => (
              <li key={r.version} className="space-y-1">
                <p className="text-muted">
                  Version {r.version}, replaced {fullDate(r.replacedAt)}
                </p>
                {r.withheld && (
                  <p className="rounded-control bg-warning-subtle px-3 py-2">
                    {post.mine
                      ? "Only you and the moderators see this version: it was replaced while the post was hidden. Case numbers in it are shortened."
                      : "Withheld from members: replaced while the post was hidden (you see it as a moderator)."}
                  </p>
                )}
                {r.title && <p className="font-medium">{r.title}</p>}
                <Markdown>{r.body}</Markdown>
              </li>
            ))}
          </ol>
        </details>
      )}

      <div className="flex flex-wrap items-center gap-2">
        <VoteButton
          postId={post.id}
          voted={post.myVote}
          score={post.voteScore}
          canVote={post.canVote}
          label={label}
        />
        {(post.canAccept || (post.accepted && thread.mine)) && !post.isOpening && (
          <AcceptButton
            threadId={thread.id}
            postId={post.id}
            accepted={post.accepted}
            authorLabel={name}
          />
        )}
        {post.accepted && !thread.mine && (
          <span className="inline-flex items-center gap-1 text-sm font-medium text-success">
            <CircleCheck aria-hidden className="size-4" />
            Accepted by the asker
          </span>
        )}
        {post.canDelete && <DeletePostButton postId={post.id} isOpening={post.isOpening} />}
        {/* Whoever may vote on a post (signed in, not its author, visible) may report it. */}
        {post.canVote && (
          <ReportButton
            action={reportAction}
            targetType={post.isOpening ? "thread" : "post"}
            targetId={post.isOpening ? thread.id : post.id}
            label={label}
          />
        )}
      </div>
    </div>
  );
}
