import type { Metadata } from "next";
import { Compass } from "@/components/ui/icons";
import { EmptyState } from "@/components/ui/empty-state";
import { Alert } from "@/components/ui/alert";
import { FeedEntry } from "@/components/feed/feed-entry";
import { getFeed } from "@/lib/feed/queries";
import { notInterestedAction, setSavedAction } from "@/app/_actions/saved";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { buttonVariants } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/session";
import { pathwayList } from "@/lib/domain/pathways";
import { Section } from "@/components/ui/section";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Your feed" };

type SearchParams = Promise<{ after?: string | string[] }>;

export default async function FeedPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/feed");
  const { after } = await searchParams;
  const cursor = typeof after === "string" ? after : null;
  const feed = await getFeed(user, cursor);
  const onboarded = feed.onboarding === "done";
  const now = new Date();
  return (
    <div className="space-y-8">
      <PageHeader
        title={<>Welcome, {user.displayName.split(" ")[0]}</>}
        description={
          <>
            Guides, checklists and community answers picked for your pathways, your evidence gaps
            and your stage.
          </>
        }
      />
      {!onboarded && (
        <section
          aria-labelledby="next-step-heading"
          className="rounded-card border border-accent bg-accent-subtle p-5"
        >
          <h2 id="next-step-heading" className="text-lg font-semibold">
            {feed.onboarding === "started"
              ? "Finish describing your case"
              : "Start by describing your case"}
          </h2>
          <p className="mt-1 max-w-2xl text-sm">
            Your pathways, your stage and how strong your evidence is per criterion: it takes about
            five minutes, you can stop after any step, and your feed and mentor matches are based on
            it.
          </p>
          <Link href="/onboarding" className={`${buttonVariants()} mt-4`}>
            {feed.onboarding === "started" ? "Continue your profile" : "Describe your case"}
          </Link>
        </section>
      )}
      {feed.restarted && (
        <Alert tone="info" aria-label="Feed refreshed">
          That page of your feed has expired, so here is a fresh one from the top.
        </Alert>
      )}
      <section aria-labelledby="feed-heading" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="feed-heading" className="text-lg font-semibold">
            {cursor && !feed.restarted ? "More for you" : "For you"}
          </h2>
          <p className="text-sm">
            <Link href="/saved" className="text-accent underline underline-offset-4">
              Saved items
            </Link>
            {" · "}
            <Link href="/library" className="text-accent underline underline-offset-4">
              Browse the library
            </Link>
          </p>
        </div>
        {feed.entries.length === 0 ? (
          <EmptyState
            icon={Compass}
            title={cursor ? "You have reached the end" : "Nothing in your feed yet"}
            description={
              cursor
                ? "That is everything picked for you for now. Browse the library or the community for more."
                : "Guides by mentors and answered questions will appear here as they are written. Meanwhile, the community is a good place to start."
            }
            link={{ href: "/community", label: "Go to the community", variant: "secondary" }}
          />
        ) : (
          <ol className="divide-y divide-border" aria-label="Your feed">
            {feed.entries.map((entry) => (
              <li key={`${entry.type}:${entry.id}`}>
                <FeedEntry
                  entry={entry}
                  now={now}
                  saveAction={setSavedAction}
                  notInterestedAction={notInterestedAction}
                />
              </li>
            ))}
          </ol>
        )}
        <Pager
          label="Feed pages"
          firstLabel="Back to the top"
          nextLabel="More for you"
          firstHref={cursor && !feed.restarted ? "/feed" : null}
          nextHref={feed.nextCursor ? `/feed?after=${encodeURIComponent(feed.nextCursor)}` : null}
        />
      </section>
      {!onboarded && (
        <Section id="basics" title="Start with the basics: which pathway fits you?">
          <p className="mt-1 text-sm text-muted">
            Plain-language summaries with the official source. Not legal advice.
          </p>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {pathwayList.map((p) => (
              <li key={p.code} className="rounded-lg border border-border p-4">
                <h3 className="font-semibold">{p.name}</h3>
                <p className="mt-1 text-sm text-muted">{p.summary}</p>
                <p className="mt-1 text-sm text-muted">Who files: {p.whoFiles}.</p>
                <a
                  className="mt-2 inline-block text-sm text-accent underline underline-offset-2"
                  href={p.officialUrl}
                  rel="noopener noreferrer"
                >
                  Read the official USCIS page<span className="sr-only"> for {p.short}</span>
                </a>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
