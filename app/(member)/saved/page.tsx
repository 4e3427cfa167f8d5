import type { Metadata } from "next";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { Bookmark } from "@/components/ui/icons";
import { ContentCard } from "@/components/content/content-card";
import { ToggleButton } from "@/components/content/toggle-button";
import { EmptyState } from "@/components/ui/empty-state";
import { ThreadRow } from "@/components/community/thread-row";
import { requirePageUser } from "@/lib/auth/session";
import { listSaved } from "@/lib/saved/queries";
import { setSavedAction } from "@/app/_actions/saved";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Saved" };

type SearchParams = Promise<{ after?: string | string[] }>;

export default async function SavedPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/saved");
  const { after } = await searchParams;
  const cursor = typeof after === "string" ? after : null;
  const { entries, nextCursor } = await listSaved(user, cursor);
  const now = new Date();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Saved"
        description={
          <>
            Guides and community threads you saved, newest first. Saved mentors are under{" "}
            <Link href="/mentors/bookmarks" className="text-accent underline underline-offset-4">
              Mentors → Bookmarks
            </Link>
            .
          </>
        }
      />
      {entries.length === 0 ? (
        <EmptyState
          icon={Bookmark}
          title={cursor ? "No more saved items" : "Nothing saved yet"}
          description="Press Save on a guide or a thread to keep it here for later."
          link={{ href: "/feed", label: "Back to your feed", variant: "secondary" }}
        />
      ) : (
        <>
          <h2 className="sr-only">Saved items</h2>
          <ol className="divide-y divide-border" aria-label="Saved items">
            {entries.map((e) => {
              const title = e.type === "content" ? e.content.title : e.thread.title;
              const remove = (
                <ToggleButton
                  action={setSavedAction}
                  fields={{ type: e.type, id: e.type === "content" ? e.content.id : e.thread.id }}
                  on
                  label={`Remove “${title}” from saved`}
                  text="Remove"
                  icon="bookmark"
                  variant="plain"
                />
              );
              return (
                <li key={`${e.type}:${e.type === "content" ? e.content.id : e.thread.id}`}>
                  {e.type === "content" ? (
                    <ContentCard
                      item={{ ...e.content, authorName: e.content.author?.name ?? null }}
                      now={now}
                      footer={remove}
                    />
                  ) : (
                    <div>
                      <ThreadRow thread={e.thread} now={now} />
                      <div className="pb-4">{remove}</div>
                    </div>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
      <Pager
        firstHref={cursor ? "/saved" : null}
        nextHref={nextCursor ? `/saved?after=${encodeURIComponent(nextCursor)}` : null}
      />
    </div>
  );
}
