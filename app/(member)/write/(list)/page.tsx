import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import Link from "next/link";
import { Pager } from "@/components/ui/pager";
import { PenLine } from "@/components/ui/icons";
import { Alert } from "@/components/ui/alert";
import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";
import { contentHref, dayText } from "@/lib/content/format";
import { contentKindLabels, type ContentStatus } from "@/lib/content/vocabulary";
import { canWriteContent, listOwnContent } from "@/lib/content/queries";
import { NotAWriter } from "../_components/not-a-writer";

export const metadata: Metadata = { title: "Your writing" };

const statusLabels: Record<ContentStatus, string> = {
  draft: "Draft",
  published: "Published",
  hidden: "Hidden by a moderator",
  removed: "Removed by a moderator",
};

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function WritingPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/write");
  const raw = await searchParams;
  const cursor = typeof raw.after === "string" ? raw.after : null;
  const [mayWrite, list] = await Promise.all([canWriteContent(user), listOwnContent(user, cursor)]);
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title="Your writing"
        description="Drafts and published items, most recently changed first."
        actions={
          mayWrite && (
            <Link href="/write/new" className={buttonVariants({ variant: "primary" })}>
              Write something
            </Link>
          )
        }
      />
      {raw.saved && (
        <Alert tone="success" aria-label="Saved">
          Your draft is saved. Only you and the Landed team can see it until you publish it.
        </Alert>
      )}
      {raw.deleted && (
        <Alert tone="success" aria-label="Deleted">
          The draft is deleted.
        </Alert>
      )}
      {!mayWrite && list.items.length === 0 ? (
        <NotAWriter />
      ) : list.items.length === 0 ? (
        <EmptyState
          icon={PenLine}
          title={cursor ? "No more items" : "Nothing written yet"}
          description="Share what worked in your case: how you documented a criterion, what an RFE asked for, a call for reviewers."
          link={{ href: "/write/new", label: "Write your first guide" }}
        />
      ) : (
        <ol className="divide-y divide-border" aria-label="Your items">
          {list.items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 py-4">
              <div className="min-w-0 space-y-1">
                <p className="text-xs font-medium uppercase tracking-wide text-muted">
                  {contentKindLabels[item.kind]} · {statusLabels[item.status]}
                </p>
                <p className="font-semibold">
                  <Link href={contentHref(item)} className="underline-offset-4 hover:underline">
                    {item.title}
                  </Link>
                </p>
                <p className="text-sm text-muted">
                  Last changed {dayText(item.updatedAt)}
                  {item.status === "published" ? ` · saved by ${item.saveCount}` : ""}
                </p>
              </div>
              <Link
                href={`/write/${item.id}`}
                className={buttonVariants({ variant: "secondary", size: "sm" })}
                aria-label={`Edit “${item.title}”`}
              >
                Edit
              </Link>
            </li>
          ))}
        </ol>
      )}
      <Pager
        firstHref={cursor ? "/write" : null}
        nextHref={list.nextCursor ? `/write?after=${encodeURIComponent(list.nextCursor)}` : null}
      />
    </div>
  );
}
