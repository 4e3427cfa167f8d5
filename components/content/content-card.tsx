// One content item in a list (feed, library, saved, search): kind, title, summary, tags, byline.
import Link from "next/link";
import type { ReactNode } from "react";
import { BadgeCheck, CalendarClock } from "@/components/ui/icons";
import { contentKindLabels, type ContentKind } from "@/lib/content/vocabulary";
import { closingText, contentHref, freshnessText } from "@/lib/content/format";
import { criteria, type CriterionCode } from "@/lib/domain/criteria";
import { pathways, type PathwayCode } from "@/lib/domain/pathways";
import { TagList } from "@/components/ui/tag-list";

export interface ContentCardData {
  id: string;
  slug: string;
  kind: ContentKind;
  title: string;
  summary: string;
  pathways: PathwayCode[];
  criteria: CriterionCode[];
  official: boolean;
  publishedAt: Date | null;
  revisedAt: Date | null;
  closesOn: string | null;
  authorName: string | null;
}

export function ContentCard({
  item,
  now,
  headingLevel: Heading = "h3",
  footer,
}: {
  item: ContentCardData;
  now: Date;
  headingLevel?: "h2" | "h3";
  /** Actions or a reason chip under the card. */
  footer?: ReactNode;
}) {
  const headingId = `content-${item.id}`;
  const freshness = freshnessText(item, now);
  return (
    <article aria-labelledby={headingId} className="space-y-2 py-4">
      <p className="flex flex-wrap items-center gap-2 text-xs font-medium uppercase tracking-wide text-muted">
        <span>{contentKindLabels[item.kind]}</span>
        {item.official && (
          <span className="inline-flex items-center gap-1 rounded-full bg-accent-subtle px-2 py-0.5 normal-case tracking-normal text-fg">
            <BadgeCheck aria-hidden className="size-3.5" />
            Official
          </span>
        )}
      </p>
      <Heading id={headingId} className="font-semibold leading-snug">
        <Link href={contentHref(item)} className="underline-offset-4 hover:underline">
          {item.title}
        </Link>
      </Heading>
      <p className="text-sm">{item.summary}</p>
      <TagList
        pathways={item.pathways.map((p) => pathways[p].short)}
        criteria={item.criteria.map((c) => criteria[c].name)}
      />
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        {item.authorName && <span>By {item.authorName}</span>}
        {freshness && <span>{freshness}</span>}
        {item.closesOn && (
          <span className="inline-flex items-center gap-1">
            <CalendarClock aria-hidden className="size-4" />
            {closingText(item.closesOn, now)}
          </span>
        )}
      </p>
      {footer}
    </article>
  );
}
