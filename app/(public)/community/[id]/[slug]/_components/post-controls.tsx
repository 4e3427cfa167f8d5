"use client";
// The controls of a thread page: vote, accept, edit, delete, follow and reply. Each is a small
// form posting to one server action; the server checks who may do what, these only show it.
import { useState } from "react";
import { Check, ThumbsUp } from "@/components/ui/icons";
import { LazyMarkdown } from "@/components/lazy-markdown";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { MarkdownField, TextField } from "@/components/forms/text-field";
import { useToastFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { BODY_MAX, TITLE_MAX } from "@/lib/community/limits";
import {
  acceptAnswerAction,
  deletePostAction,
  editPostAction,
  followAction,
  replyAction,
  voteAction,
} from "../actions";

export function VoteButton({
  postId,
  voted,
  score,
  canVote,
  label,
}: {
  postId: string;
  voted: boolean;
  score: number;
  canVote: boolean;
  /** What is voted on, for screen readers: "the question", "Lin Chen's reply". */
  label: string;
}) {
  const { state, formAction } = useToastFormAction(voteAction);
  const votes = `${score} ${score === 1 ? "vote" : "votes"}`;
  if (!canVote) {
    return (
      <span className="inline-flex items-center gap-1 text-sm text-muted">
        <ThumbsUp aria-hidden className="size-4" />
        {votes}
      </span>
    );
  }
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="postId" value={postId} />
      {!voted && <input type="hidden" name="up" value="on" />}
      <SubmitButton
        size="sm"
        variant={voted ? "secondary" : "ghost"}
        aria-pressed={voted}
        aria-label={`Vote for ${label}, ${votes}`}
        pendingLabel="Saving…"
      >
        <ThumbsUp aria-hidden className="size-4" />
        {score}
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}

export function AcceptButton({
  threadId,
  postId,
  accepted,
  authorLabel,
}: {
  threadId: string;
  postId: string;
  accepted: boolean;
  authorLabel: string;
}) {
  const { state, formAction } = useToastFormAction(acceptAnswerAction);
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="postId" value={accepted ? "" : postId} />
      <SubmitButton
        size="sm"
        variant={accepted ? "secondary" : "ghost"}
        pendingLabel="Saving…"
        aria-label={
          accepted
            ? `Take back accepting ${authorLabel}'s answer`
            : `Accept ${authorLabel}'s answer`
        }
      >
        <Check aria-hidden className="size-4" />
        {accepted ? "Accepted (undo)" : "Accept answer"}
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}

export function DeletePostButton({ postId, isOpening }: { postId: string; isOpening: boolean }) {
  const what = isOpening ? "question" : "reply";
  return (
    <ConfirmActionButton
      action={deletePostAction}
      fields={{ postId }}
      trigger={
        <Button size="sm" variant="ghost">
          Delete
        </Button>
      }
      title={`Delete your ${what}?`}
      description="It will read “deleted by author”. Replies and votes stay. This cannot be undone."
      confirm={`Delete ${what}`}
      pendingLabel="Deleting…"
    />
  );
}

export function EditPost({
  postId,
  version,
  body,
  title,
  children,
}: {
  postId: string;
  version: number;
  body: string;
  /** The thread's title, when this is the opening post. */
  title?: string;
  /** The post as shown when not editing. */
  children: React.ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const { state, formAction, field } = useToastFormAction(editPostAction, () => setEditing(false));
  const conflict = state.status === "error" ? state.conflict : undefined;
  if (!editing) {
    return (
      <>
        {children}
        <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
          Edit
        </Button>
      </>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="postId" value={postId} />
      {/* After a conflict the next save is made against the version the person has now seen. */}
      <input type="hidden" name="version" value={conflict?.version ?? version} />
      <FormMessage state={state} />
      {conflict && (
        <div
          role="region"
          aria-label="The current version"
          className="space-y-2 rounded-control border border-warning bg-warning-subtle p-3"
        >
          <p className="text-sm font-medium">The current version, saved by someone else:</p>
          {conflict.title && <p className="font-semibold">{conflict.title}</p>}
          <LazyMarkdown className="text-sm">{conflict.body}</LazyMarkdown>
        </div>
      )}
      {title !== undefined && (
        <TextField {...field("title", title)} label="Title" maxLength={TITLE_MAX} required />
      )}
      <MarkdownField
        {...field("body", body)}
        label="Your text"
        rows={6}
        maxLength={BODY_MAX}
        required
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton size="sm" pendingLabel="Saving…">
          Save changes
        </SubmitButton>
        <Button size="sm" variant="secondary" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

export function FollowButton({ threadId, following }: { threadId: string; following: boolean }) {
  const { state, formAction } = useToastFormAction(followAction);
  return (
    <form action={formAction} className="inline-flex items-center gap-2">
      <input type="hidden" name="threadId" value={threadId} />
      {!following && <input type="hidden" name="follow" value="on" />}
      <SubmitButton size="sm" variant="secondary" aria-pressed={following} pendingLabel="Saving…">
        {following ? "Following" : "Follow thread"}
      </SubmitButton>
      {state.status === "error" && <FormMessage state={state} />}
    </form>
  );
}

export function ReplyForm({
  threadId,
  idempotencyKey,
}: {
  threadId: string;
  /** New on every render of the page, so each reply is one post however often it is sent. */
  idempotencyKey: string;
}) {
  // A posted reply clears the box (a new key remounts it); an error keeps what was typed.
  const [draftKey, setDraftKey] = useState(0);
  const { state, formAction, values, field } = useToastFormAction(replyAction, () =>
    setDraftKey((k) => k + 1),
  );
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <MarkdownField
        key={draftKey}
        {...field("body", state.status === "error" ? values?.body : undefined)}
        label="Your reply"
        description="Markdown works. Share your own experience; this is not legal advice. Never post receipt numbers, A-numbers or passport numbers."
        rows={5}
        maxLength={BODY_MAX}
        required
      />
      {state.status === "error" && <FormMessage state={state} />}
      <SubmitButton pendingLabel="Posting…">Post reply</SubmitButton>
    </form>
  );
}
