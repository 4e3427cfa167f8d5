// The evidence dashboard: per chosen pathway, a bar per criterion, the progress sentence, the official
// source, and the same numbers as a table for screen readers and anyone who prefers one.
import Link from "next/link";
import { ExternalLink } from "@/components/ui/icons";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { PathwayEvidence } from "@/lib/profiles/evidence";
import { StrengthBar, strengthText } from "./strength-bar";

export function EvidenceDashboard({
  evidence,
  rateHref,
  showNotes = false,
}: {
  evidence: PathwayEvidence[];
  /** Where to rate or change the ratings, if the viewer may. */
  rateHref?: string;
  showNotes?: boolean;
}) {
  return (
    <div className="space-y-6">
      {evidence.map((p) => (
        <PathwayEvidenceCard
          key={p.pathway}
          evidence={p}
          rateHref={rateHref}
          showNotes={showNotes}
        />
      ))}
      <p className="text-sm text-muted">
        These are your own ratings, not legal advice and not a prediction: an officer weighs all the
        evidence together before deciding.
      </p>
    </div>
  );
}

function NeededMeter({ strong, needed }: { strong: number; needed: number }) {
  return (
    <span aria-hidden="true" className="flex gap-1">
      {Array.from({ length: Math.max(needed, strong) }, (_, i) => (
        <span
          key={i}
          className={
            i < strong
              ? "size-3 rounded-full bg-accent"
              : "size-3 rounded-full border border-dashed border-border-strong"
          }
        />
      ))}
    </span>
  );
}

export function PathwayEvidenceCard({
  evidence: p,
  rateHref,
  showNotes,
}: {
  evidence: PathwayEvidence;
  rateHref?: string;
  showNotes: boolean;
}) {
  const headingId = `evidence-${p.pathway}`;
  return (
    <Card>
      <CardHeader className="gap-2 p-4 sm:p-6">
        <CardTitle as="h3" id={headingId}>
          {p.name}
        </CardTitle>
        <p className="flex flex-wrap items-center gap-3 font-medium">
          {p.needed !== null ? <NeededMeter strong={p.strongCount} needed={p.needed} /> : null}
          <span>{p.sentence}</span>
        </p>
        {p.needed !== null ? (
          <p className="text-sm text-muted">What it asks for: {p.rule}.</p>
        ) : null}
      </CardHeader>
      <CardContent className="space-y-4 p-4 pt-0 sm:p-6 sm:pt-0">
        {p.criteria.length > 0 ? (
          <>
            <ul
              aria-label={`Evidence strength per criterion for ${p.short}`}
              className="space-y-2.5"
            >
              {p.criteria.map((c) => (
                <li
                  key={c.code}
                  className="grid grid-cols-1 gap-1 sm:grid-cols-[minmax(0,13rem)_1fr] sm:items-center sm:gap-4"
                >
                  <span className="text-sm">{c.name}</span>
                  <StrengthBar strength={c.strength} />
                </li>
              ))}
            </ul>
            <details className="group text-sm">
              <summary className="cursor-pointer font-medium text-accent underline underline-offset-4">
                Show as a table<span className="sr-only">: {p.short}</span>
              </summary>
              <div
                className="relative mt-3 overflow-x-auto"
                tabIndex={0}
                role="region"
                aria-label={`${p.short} evidence table`}
              >
                <table className="w-full min-w-[32rem] border-collapse text-left">
                  <caption className="pb-2 text-left text-muted">
                    {p.short}: evidence per criterion ({p.sentence})
                  </caption>
                  <thead>
                    <tr className="border-b border-border">
                      <th scope="col" className="py-2 pr-3 font-semibold">
                        Criterion
                      </th>
                      <th scope="col" className="py-2 pr-3 font-semibold">
                        What it means
                      </th>
                      <th scope="col" className="py-2 pr-3 font-semibold">
                        Evidence
                      </th>
                      {showNotes ? (
                        <th scope="col" className="py-2 font-semibold">
                          Note
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {p.criteria.map((c) => (
                      <tr key={c.code} className="border-b border-border align-top">
                        <th scope="row" className="py-2 pr-3 font-medium">
                          {c.name}
                        </th>
                        <td className="py-2 pr-3 text-muted">{c.plain}</td>
                        <td className="py-2 pr-3">{strengthText(c.strength)}</td>
                        {showNotes ? <td className="py-2 text-muted">{c.note ?? "—"}</td> : null}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          </>
        ) : (
          <p className="text-sm text-muted">
            There is nothing to rate for {p.short}: it rests on your role, not on a list of
            criteria.
          </p>
        )}
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
          <a
            className="inline-flex items-center gap-1 text-accent underline underline-offset-4"
            href={p.officialUrl}
            rel="noopener noreferrer"
          >
            Official USCIS page<span className="sr-only"> for {p.short}</span>
            <ExternalLink aria-hidden="true" className="size-3.5" />
          </a>
          {rateHref && p.criteria.length > 0 ? (
            <Link className="text-accent underline underline-offset-4" href={rateHref}>
              {p.unratedCount > 0 ? "Rate the rest" : "Change your ratings"}
              <span className="sr-only"> for {p.short}</span>
            </Link>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
