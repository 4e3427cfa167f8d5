// The results of one search: every group previewed ("All"), or one group with its pages.
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { LogIn, Search } from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { searchEverything } from "@/lib/search/queries";
import { searchTypeLabels, type SearchParams, type SearchType } from "@/lib/search/schemas";
import { ContentFilters } from "./content-filters";
import { searchHref } from "./href";
import { ContentHit, MentorHit, ThreadHit } from "./hits";
import type { Actor } from "@/lib/auth/actor";
import { Section } from "@/components/ui/section";

type Group = Exclude<SearchType, "all">;

const emptyGroup: Record<Group, string> = {
  content: "No guides or articles match.",
  threads: "No community threads or replies match.",
  mentors: "No mentors match.",
};

export async function SearchResults({
  params,
  viewer,
}: {
  params: SearchParams;
  viewer: Actor | null;
}) {
  const onContent = params.type === "content";
  const results = await searchEverything(viewer, params.q, {
    type: params.type,
    cursor: params.cursor,
    kind: onContent ? params.kind : undefined,
    pathway: onContent ? params.pathway : undefined,
  });
  const today = new Date().toISOString().slice(0, 10);
  const signInHref = `/sign-in?next=${encodeURIComponent(searchHref(params, { cursor: undefined }))}`;
  const { content, threads, mentors } = results;

  const lists: Record<Group, React.ReactNode[]> = {
    content: (content?.items ?? []).map((hit) => (
      <li key={hit.id}>
        <ContentHit hit={hit} today={today} />
      </li>
    )),
    threads: (threads?.items ?? []).map((hit) => (
      <li key={hit.postId}>
        <ThreadHit hit={hit} />
      </li>
    )),
    mentors: (mentors?.items ?? []).map((hit) => (
      <li key={hit.userId}>
        <MentorHit hit={hit} />
      </li>
    )),
  };
  const signInToSearchMentors = (
    <Link href={signInHref} className={buttonVariants({ variant: "primary" })}>
      <LogIn aria-hidden="true" />
      Sign in
    </Link>
  );

  if (params.type === "all") {
    const groups: { type: Group; more: boolean }[] = [
      { type: "content", more: content?.more ?? false },
      { type: "threads", more: threads?.more ?? false },
      { type: "mentors", more: mentors?.more ?? false },
    ];
    if (groups.every((g) => lists[g.type].length === 0)) {
      return <NoResults q={params.q} signedIn={viewer !== null} signInHref={signInHref} />;
    }
    return (
      <div className="space-y-10">
        {groups.map(({ type, more }) => (
          <section key={type} aria-labelledby={`${type}-heading`} className="space-y-1">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-border pb-2">
              <h2 id={`${type}-heading`} className="text-lg font-semibold">
                {searchTypeLabels[type]}
              </h2>
              {more && (
                <Link
                  href={searchHref(params, { type, cursor: undefined })}
                  className={buttonVariants({ variant: "link", size: "sm" })}
                >
                  See all {searchTypeLabels[type].toLowerCase()} results
                </Link>
              )}
            </div>
            {type === "mentors" && mentors?.signInRequired ? (
              <p className="py-4 text-sm text-muted">
                <Link href={signInHref} className="text-accent underline underline-offset-4">
                  Sign in to search mentors
                </Link>
                : mentor profiles are shown to signed-in members only.
              </p>
            ) : lists[type].length === 0 ? (
              <p className="py-4 text-sm text-muted">{emptyGroup[type]}</p>
            ) : (
              <ol className="divide-y divide-border">{lists[type]}</ol>
            )}
          </section>
        ))}
      </div>
    );
  }

  const type: Group = params.type;
  const group = type === "content" ? content : type === "threads" ? threads : mentors;
  const filtered = onContent && Boolean(params.kind || params.pathway);
  return (
    <Section id="group" title={searchTypeLabels[type]} hiddenTitle className="space-y-4">
      {onContent && <ContentFilters params={params} />}
      {type === "mentors" && mentors?.signInRequired ? (
        <EmptyState
          icon={LogIn}
          title="Sign in to search mentors"
          description="Mentor profiles are shown to signed-in members only. Sign in, or create a free account, to find mentors by field, topic and case."
          action={signInToSearchMentors}
        />
      ) : !group || group.items.length === 0 ? (
        params.cursor ? (
          <EmptyState
            icon={Search}
            title="No more results"
            description="You have reached the end of the results."
            link={{
              href: searchHref(params, { cursor: undefined }),
              label: "First page",
              variant: "secondary",
            }}
          />
        ) : (
          <NoResults q={params.q} signedIn={viewer !== null} filtered={filtered} />
        )
      ) : (
        <ol className="divide-y divide-border">{lists[type]}</ol>
      )}
      <Pager
        firstHref={params.cursor ? searchHref(params, { cursor: undefined }) : null}
        nextHref={group?.nextCursor ? searchHref(params, { cursor: group.nextCursor }) : null}
      />
    </Section>
  );
}

function NoResults({
  q,
  signedIn,
  signInHref,
  filtered = false,
}: {
  q: string;
  signedIn: boolean;
  signInHref?: string;
  filtered?: boolean;
}) {
  return (
    <EmptyState
      icon={Search}
      title={`No results for “${q}”`}
      description={
        <>
          Try fewer words, another spelling, or a broader term such as “letters” or “RFE”.
          {filtered && " Clearing the filters may help too."}
          {!signedIn && " Signed in, you can also search mentors and members-only categories."}
        </>
      }
      action={
        !signedIn && signInHref ? (
          <Link href={signInHref} className={buttonVariants({ variant: "secondary" })}>
            Sign in
          </Link>
        ) : undefined
      }
    />
  );
}
