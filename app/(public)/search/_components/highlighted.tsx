// Text with its search matches in <mark>: built from plain segments, so nothing is parsed as HTML.
import { Fragment } from "react";
import type { HighlightSegment } from "@/lib/search/highlight";

export function Highlighted({ segments }: { segments: readonly HighlightSegment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.match ? (
          <mark key={i} className="rounded-sm bg-accent-subtle px-0.5 font-semibold text-fg">
            {s.text}
          </mark>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}
