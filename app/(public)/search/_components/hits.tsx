// One search hit of each kind: a linked title, what it is, and the excerpt with its matches marked.
import Link from "next/link";
import { VerificationLabel } from "@/components/mentors/mentor-card";
import { contentKindLabels } from "@/lib/content/vocabulary";
import { fields } from "@/lib/domain/case-facts";
import { pathways } from "@/lib/domain/pathways";
import type { ContentSearchHit, MentorSearchHit, ThreadSearchHit } from "@/lib/search/queries";
import { Highlighted } from "./highlighted";

const titleLink = "underline-offset-4 hover:underline focus-visible:underline";
const published = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function Chip({ children }: { children: React.ReactNode }) {
  return <li className="rounded-full bg-surface-muted px-2 py-0.5 text-fg">{children}</li>;
}

export function ContentHit({ hit, today }: { hit: ContentSearchHit; today: string }) {
  const headingId = `content-${hit.id}`;
  const closed = hit.closesOn !== null && hit.closesOn < today;
  return (
    <article aria-labelledby={headingId} className="space-y-1.5 py-4">
      <h3 id={headingId} className="font-semibold leading-snug">
        <Link href={`/library/${hit.id}/${hit.slug}`} className={titleLink}>
          <Highlighted segments={hit.titleSegments} />
        </Link>
      </h3>
      <ul aria-label="About this item" className="flex flex-wrap gap-1.5 text-xs">
        <li className="rounded-full border border-border px-2 py-0.5 font-medium">
          {contentKindLabels[hit.kind]}
        </li>
        {hit.official && <Chip>Landed team</Chip>}
        {closed && <Chip>Closed</Chip>}
        {hit.pathways.map((p) => (
          <li key={p} className="rounded-full bg-accent-subtle px-2 py-0.5 text-fg">
            {pathways[p].short}
          </li>
        ))}
      </ul>
      <p className="text-sm break-words">
        <Highlighted segments={hit.excerpt} />
      </p>
      {(hit.authorName || hit.publishedAt) && (
        <p className="text-sm text-muted">
          {hit.authorName && <>By {hit.authorName}</>}
          {hit.authorName && hit.publishedAt && " · "}
          {hit.publishedAt && (
            <time dateTime={hit.publishedAt.toISOString()}>
              {published.format(hit.publishedAt)}
            </time>
          )}
        </p>
      )}
    </article>
  );
}

export function ThreadHit({ hit }: { hit: ThreadSearchHit }) {
  const headingId = `post-hit-${hit.postId}`;
  const href = `/community/${hit.threadId}/${hit.slug}${hit.isOpening ? "" : `#post-${hit.postId}`}`;
  return (
    <article aria-labelledby={headingId} className="space-y-1.5 py-4">
      <h3 id={headingId} className="font-semibold leading-snug">
        <Link href={href} className={titleLink}>
          <Highlighted segments={hit.titleSegments} />
        </Link>
      </h3>
      <p className="text-sm text-muted">
        {hit.isOpening ? "In the question" : "In a reply"} · {hit.categoryName}
      </p>
      <p className="text-sm break-words">
        <Highlighted segments={hit.excerpt} />
      </p>
    </article>
  );
}

export function MentorHit({ hit }: { hit: MentorSearchHit }) {
  const headingId = `mentor-${hit.userId}`;
  return (
    <article aria-labelledby={headingId} className="space-y-1.5 py-4">
      <h3 id={headingId} className="font-semibold leading-snug">
        <Link href={`/mentors/${hit.handle}`} className={titleLink}>
          {hit.displayName}
        </Link>
      </h3>
      <ul aria-label="About this mentor" className="flex flex-wrap items-center gap-1.5 text-xs">
        <li>
          <VerificationLabel verified={hit.verified} />
        </li>
        {hit.field && <Chip>{fields[hit.field]}</Chip>}
        {hit.accepting && <Chip>Accepting mentees</Chip>}
        {hit.topics.slice(0, 3).map((t) => (
          <Chip key={t}>{t}</Chip>
        ))}
      </ul>
      <p className="text-sm break-words">
        <Highlighted segments={hit.bio} />
      </p>
    </article>
  );
}
