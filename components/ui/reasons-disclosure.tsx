"use client";

// Every reason of a card behind a disclosure: the feed's "Why this?" and a mentor match's
// "All N reasons". The list is drawn when it is opened, so a page carries each reason as a short
// string instead of markup most readers never open (issue 19, docs/decisions/024).
import { useState } from "react";
import { Weight } from "./weight";

export interface ReasonRow {
  text: string;
  /** Shown after the text (+30, -10) where the reasons carry weights. */
  weight?: number;
}

export function ReasonsDisclosure({
  summary,
  label,
  reasons,
}: {
  summary: string;
  /** The list's accessible name. */
  label: string;
  reasons: ReasonRow[];
}) {
  const [open, setOpen] = useState(false);
  const weighted = reasons.some((r) => r.weight !== undefined);
  return (
    <details className="text-sm text-muted" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer underline-offset-4 hover:underline">{summary}</summary>
      {open && (
        <ul
          aria-label={label}
          className={weighted ? "reason-list mt-1 space-y-1 text-fg" : "mt-1 list-disc pl-5"}
        >
          {reasons.map((r) => (
            <li key={r.text}>
              {weighted ? <span>{r.text}</span> : r.text}
              {r.weight !== undefined && <Weight value={r.weight} />}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
