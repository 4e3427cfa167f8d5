"use client";

import { useActionState } from "react";
import { useFormStatus } from "react-dom";
import { Bookmark, BookmarkX } from "@/components/ui/icons";
import { idleState } from "@/components/forms/state";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import type { FormAction } from "@/lib/action";

interface BookmarkButtonProps {
  mentorUserId: string;
  mentorName: string;
  bookmarked: boolean;
  action: FormAction;
  /** "toggle" (directory, profile): a pressed button. "remove" (bookmarks list): a plain remove. */
  variant?: "toggle" | "remove";
}

/**
 * A form per mentor posting the state it asks for (on or off), so a double submit is harmless.
 * It posts before any script runs; with script, the pressed state flips while the request runs.
 */
export function BookmarkButton({
  mentorUserId,
  mentorName,
  bookmarked,
  action,
  variant = "toggle",
}: BookmarkButtonProps) {
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-1">
      <input type="hidden" name="mentorUserId" value={mentorUserId} />
      <input type="hidden" name="on" value={String(!bookmarked)} />
      {variant === "remove" ? (
        <RemoveButton mentorName={mentorName} />
      ) : (
        <ToggleButton mentorName={mentorName} bookmarked={bookmarked} />
      )}
      {state.status === "error" && (
        <p role="alert" className="text-sm text-danger">
          {state.message}
        </p>
      )}
    </form>
  );
}

function ToggleButton({ mentorName, bookmarked }: { mentorName: string; bookmarked: boolean }) {
  const { pending } = useFormStatus();
  const pressed = pending ? !bookmarked : bookmarked;
  // The name stays "Bookmark …" and aria-pressed carries the state, as a toggle button should.
  return (
    <Button
      type="submit"
      size="sm"
      variant="secondary"
      aria-pressed={pressed}
      aria-label={`Bookmark ${mentorName}`}
      className={cx(pressed && "border-accent bg-accent-subtle hover:bg-accent-subtle")}
    >
      <Bookmark aria-hidden="true" className={cx(pressed && "fill-current text-accent")} />
      Bookmark
    </Button>
  );
}

function RemoveButton({ mentorName }: { mentorName: string }) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      size="sm"
      variant="secondary"
      disabled={pending}
      aria-label={`Remove bookmark: ${mentorName}`}
    >
      <BookmarkX aria-hidden="true" />
      Remove bookmark
    </Button>
  );
}
