// The ranked matches: an ordered list of mentor cards, each with the reasons and their points.
import Link from "next/link";
import { BookmarkButton } from "@/components/mentors/bookmark-button";
import { MentorCard } from "@/components/mentors/mentor-card";
import { buttonVariants } from "@/components/ui/button";
import type { MentorMatch } from "@/lib/matching/types";
import { setBookmarkAction } from "@/app/_actions/bookmark";

export function MatchList({ matches }: { matches: MentorMatch[] }) {
  return (
    <ol aria-label="Your mentor matches, best first" className="space-y-4">
      {matches.map((m) => (
        <li
          key={m.mentor.userId}
          id={`match-${m.rank}`}
          className="flex flex-col gap-2 sm:flex-row sm:gap-3"
        >
          {/* The list already tells assistive technology the position; this is for the eye. */}
          <span
            aria-hidden="true"
            className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-accent-subtle text-sm font-semibold text-accent tabular-nums sm:mt-5"
          >
            {m.rank}
          </span>
          <div className="min-w-0 flex-1">
            <MentorCard
              mentor={m.mentor}
              reasons={m.reasons}
              actions={
                <div className="flex w-full flex-wrap items-center justify-between gap-3">
                  <p className="text-sm text-muted">
                    Match score <span className="font-medium text-fg tabular-nums">{m.score}</span>
                  </p>
                  <div className="flex flex-wrap items-center gap-2">
                    <Link
                      href={`/mentors/${m.mentor.handle}#request`}
                      className={buttonVariants({ size: "sm" })}
                      aria-label={`Request mentorship from ${m.mentor.displayName}`}
                    >
                      Request mentorship
                    </Link>
                    <BookmarkButton
                      mentorUserId={m.mentor.userId}
                      mentorName={m.mentor.displayName}
                      bookmarked={m.bookmarked}
                      action={setBookmarkAction}
                    />
                  </div>
                </div>
              }
            />
          </div>
        </li>
      ))}
    </ol>
  );
}
