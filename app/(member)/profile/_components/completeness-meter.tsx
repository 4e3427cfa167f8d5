import Link from "next/link";
import { ArrowRight } from "@/components/ui/icons";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Completeness } from "@/lib/profiles/completeness";

export function CompletenessMeter({ completeness }: { completeness: Completeness }) {
  const { percent, next } = completeness;
  return (
    <Card>
      <CardHeader className="pb-3">
        <CardTitle id="completeness-heading">Profile completeness</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3">
        <p className="text-2xl font-semibold" aria-hidden="true">
          {percent}%<span className="ml-1 text-sm font-normal text-muted">complete</span>
        </p>
        <div
          role="progressbar"
          aria-labelledby="completeness-heading"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={`${percent}% complete`}
          className="h-2.5 overflow-hidden rounded-full bg-surface-muted ring-1 ring-border ring-inset"
        >
          <div className="h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
        </div>
        {next ? (
          <p className="text-sm">
            <span className="text-muted">Next: </span>
            <Link href={next.href} className="font-medium text-accent underline underline-offset-4">
              {next.label}
              <ArrowRight aria-hidden="true" className="ml-1 inline size-3.5 align-[-2px]" />
            </Link>
          </p>
        ) : (
          <p className="text-sm text-muted">Everything is filled in. Thank you.</p>
        )}
      </CardContent>
    </Card>
  );
}
