import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardList, SearchX } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { MentorsTabs } from "@/components/mentors/mentors-tabs";
import { requirePageUser } from "@/lib/auth/session";
import { getMentorMatches } from "@/lib/matching/queries";
import { MATCH_RANKING_SIZE } from "@/lib/matching/stored";
import { firstParam } from "@/lib/search-params";
import { Pager } from "@/components/ui/pager";
import { HowMatchingWorks } from "./_components/how-matching-works";
import { MatchList } from "./_components/match-list";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Your mentor matches" };

type SearchParams = Promise<{ show?: string | string[] }>;

export default async function MentorsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/mentors");
  const shown = matchesShown(firstParam((await searchParams).show));
  // One more than shown tells whether "Show more matches" leads anywhere.
  const found = await getMentorMatches(user, { limit: Math.min(shown + 1, MATCH_RANKING_SIZE) });
  const matches = found && found.slice(0, shown);
  const more = found !== null && found.length > shown;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title="Your mentor matches"
        description="People approved on the pathways you target, ranked by how much their case can help yours."
      />
      <MentorsTabs current="matches" />
      {matches === null ? (
        <EmptyState
          icon={ClipboardList}
          title="Tell us about your case"
          description="Matches come from your target pathways, how strong your evidence is on each criterion, and where you are in your journey. It takes about ten minutes and is saved after every step."
          action={
            <div className="flex flex-wrap justify-center gap-3">
              <Button asChild>
                <Link href="/onboarding">Describe your case</Link>
              </Button>
              <Button asChild variant="secondary">
                <Link href="/mentors/directory">Browse the directory</Link>
              </Button>
            </div>
          }
        />
      ) : matches.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title="No mentor matches yet"
          description="Nobody approved on your target pathways has a free seat right now. The directory lists every mentor, including those who are full or paused: bookmark them and check back."
          action={
            <Button asChild>
              <Link href="/mentors/directory">Browse the directory</Link>
            </Button>
          }
        />
      ) : (
        <>
          <HowMatchingWorks />
          <MatchList matches={matches} />
          {more && (
            <Pager
              label="More matches"
              nextLabel="Show more matches"
              nextHref={`/mentors?show=${shown + MATCHES_STEP}#match-${shown + 1}`}
            />
          )}
        </>
      )}
    </div>
  );
}

/** Matches shown first, and how many more "Show more matches" adds (issue 19). */
const MATCHES_STEP = 10;

/** How many matches `?show=` asks for: a multiple of the step, at most the stored ranking's size. */
function matchesShown(value: string | undefined): number {
  const asked = Math.ceil(Number(value) / MATCHES_STEP) * MATCHES_STEP;
  return Number.isFinite(asked) && asked > MATCHES_STEP
    ? Math.min(asked, MATCH_RANKING_SIZE)
    : MATCHES_STEP;
}
