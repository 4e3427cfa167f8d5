import type { Metadata } from "next";
import { absoluteUrl } from "@/lib/env";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { BadgeCheck, CalendarClock, Pencil } from "@/components/ui/icons";
import { ContentCard } from "@/components/content/content-card";
import { ToggleButton } from "@/components/content/toggle-button";
import { Markdown } from "@/components/markdown";
import { ReportButton } from "@/components/moderation/report-button";
import { reportAction } from "@/app/_actions/report";
import { VerificationLabel } from "@/components/mentors/mentor-card";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { TagList } from "@/components/ui/tag-list";
import { followAuthorAction, setSavedAction } from "@/app/_actions/saved";
import { getCurrentUser } from "@/lib/auth/session";
import { closingText, contentHref, dayText } from "@/lib/content/format";
import { contentKindLabels } from "@/lib/content/vocabulary";
import { getContent, type ContentDetail } from "@/lib/content/queries";
import { fields as fieldNames } from "@/lib/domain/case-facts";
import { criteria } from "@/lib/domain/criteria";
import { pathways } from "@/lib/domain/pathways";
import { stages } from "@/lib/domain/stages";
import { Section } from "@/components/ui/section";

type Params = Promise<{ id: string; slug: string }>;

// The page and its metadata read the item once per request.
const load = cache(async (id: string) => getContent(await getCurrentUser(), id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  const page = await load(id);
  if (page.status === "not_found") return { title: "Not found" };
  const { item } = page;
  const published = item.status === "published";
  return {
    title: item.title,
    description: item.summary,
    alternates: { canonical: absoluteUrl(contentHref(item)) },
    robots: published ? undefined : { index: false },
    openGraph: {
      type: "article",
      title: item.title,
      description: item.summary,
      url: absoluteUrl(contentHref(item)),
      siteName: "Landed",
      publishedTime: item.publishedAt?.toISOString(),
      modifiedTime: item.revisedAt?.toISOString(),
    },
    twitter: { card: "summary", title: item.title, description: item.summary },
  };
}

export default async function ContentPage({ params }: { params: Params }) {
  const { id, slug } = await params;
  const viewer = await getCurrentUser();
  const page = await load(id);
  if (page.status === "not_found") notFound();
  const { item, related } = page;
  if (slug !== item.slug) permanentRedirect(contentHref(item));
  const now = new Date();

  return (
    <div className="grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <article className="min-w-0 max-w-3xl space-y-6" aria-labelledby="content-title">
        <header className="space-y-3">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Link
              href={`/library?kind=${item.kind}`}
              className="text-accent underline underline-offset-4"
            >
              {contentKindLabels[item.kind]}
            </Link>
            {item.official && (
              <span className="inline-flex items-center gap-1 rounded-full bg-accent-subtle px-2 py-0.5 text-xs font-medium">
                <BadgeCheck aria-hidden className="size-3.5" />
                Official, from the Landed team
              </span>
            )}
          </p>
          <h1 id="content-title" className="text-2xl font-semibold tracking-tight sm:text-3xl">
            {item.title}
          </h1>
          <p className="text-lg text-muted">{item.summary}</p>
          <TagList
            pathways={item.pathways.map((p) => pathways[p].short)}
            criteria={item.criteria.map((c) => criteria[c].name)}
          />
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            {item.publishedAt && (
              <span>
                Published{" "}
                <time dateTime={item.publishedAt.toISOString()}>{dayText(item.publishedAt)}</time>
              </span>
            )}
            {item.revisedAt && (
              <span>
                Updated on{" "}
                <time dateTime={item.revisedAt.toISOString()}>{dayText(item.revisedAt)}</time>
              </span>
            )}
            {item.stages.length > 0 && (
              <span>For: {item.stages.map((s) => stages[s].label.toLowerCase()).join(", ")}</span>
            )}
            {item.fields.length > 0 && (
              <span>Fields: {item.fields.map((f) => fieldNames[f]).join(", ")}</span>
            )}
          </p>
          {item.closesOn && (
            <p className="inline-flex items-center gap-2 rounded-control bg-surface-muted px-3 py-1.5 text-sm font-medium">
              <CalendarClock aria-hidden className="size-4" />
              {closingText(item.closesOn, now)}
            </p>
          )}
          <StatusNotice item={item} />
          <div className="flex flex-wrap items-center gap-2">
            {viewer && item.status === "published" && (
              <ToggleButton
                action={setSavedAction}
                fields={{ type: "content", id: item.id }}
                on={item.saved}
                label={`Save “${item.title}”`}
                text="Save"
                onText="Saved"
                icon="bookmark"
              />
            )}
            {viewer && !item.mine && item.status === "published" && (
              <ReportButton
                action={reportAction}
                targetType="content"
                targetId={item.id}
                label={`“${item.title}”`}
              />
            )}
            {item.mine && (
              <Link
                href={`/write/${item.id}`}
                className={buttonVariants({ variant: "secondary", size: "sm" })}
              >
                <Pencil aria-hidden className="size-4" />
                Edit
              </Link>
            )}
          </div>
        </header>

        <div className="rounded-card border border-border bg-surface-raised p-5">
          <Markdown>{item.body}</Markdown>
        </div>
        <p className="text-sm text-muted">
          Shared from experience, not legal advice. For decisions about your case, talk to a
          qualified immigration attorney.
        </p>
      </article>

      <aside className="min-w-0 space-y-8" aria-label="About this item">
        <AuthorCard item={item} signedIn={viewer !== null} />
        <Section id="related" title="Related" className="space-y-2">
          {related.length === 0 ? (
            <p className="text-sm text-muted">
              Nothing else with these tags yet.{" "}
              <Link href="/library" className="text-accent underline underline-offset-4">
                Browse the library
              </Link>
              .
            </p>
          ) : (
            <ul className="divide-y divide-border">
              {related.map((r) => (
                <li key={r.id}>
                  <ContentCard item={{ ...r, authorName: r.author?.name ?? null }} now={now} />
                </li>
              ))}
            </ul>
          )}
        </Section>
      </aside>
    </div>
  );
}

function StatusNotice({ item }: { item: ContentDetail }) {
  if (item.status === "published") return null;
  if (item.status === "draft") {
    return (
      <Alert tone="info" aria-label="Draft">
        {item.mine
          ? "This is your draft: only you and the Landed team can see it. Publish it from the editor."
          : "This is a draft: only its author and admins can see it."}
      </Alert>
    );
  }
  return (
    <Alert tone="warning" aria-label="Taken down">
      A moderator took this item down ({item.status}). Only its author and the moderators can see
      it.
    </Alert>
  );
}

function AuthorCard({ item, signedIn }: { item: ContentDetail; signedIn: boolean }) {
  const author = item.author;
  return (
    <section
      aria-labelledby="author-heading"
      className="space-y-3 rounded-card border border-border bg-surface-raised p-4"
    >
      <h2 id="author-heading" className="text-sm font-medium text-muted">
        Written by
      </h2>
      {author ? (
        <>
          <p className="font-semibold">
            {author.mentor ? (
              <Link
                href={`/mentors/${author.handle}`}
                className="underline-offset-4 hover:underline"
              >
                {author.name}
              </Link>
            ) : (
              author.name
            )}
          </p>
          <div className="flex flex-wrap gap-2">
            {author.team && (
              <span className="inline-flex items-center gap-1 rounded-full bg-accent-subtle px-2 py-0.5 text-xs font-medium">
                <BadgeCheck aria-hidden className="size-3.5" />
                Landed team
              </span>
            )}
            {author.mentor && <VerificationLabel verified={author.verified} />}
          </div>
          {author.mentor && (
            <p className="text-sm text-muted">
              {author.verified
                ? "A mentor whose approval Landed verified from their documents."
                : "A mentor whose case Landed has not verified yet."}
            </p>
          )}
          {signedIn && !item.mine && item.status === "published" && (
            <ToggleButton
              action={followAuthorAction}
              fields={{ authorId: author.id }}
              on={item.followingAuthor}
              label={`Follow ${author.name}`}
              text="Follow"
              onText="Following"
              icon="user-plus"
            />
          )}
        </>
      ) : (
        <p className="text-sm text-muted">A former member.</p>
      )}
    </section>
  );
}
