import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExternalLink, Trash2 } from "@/components/ui/icons";
import { ToggleButton } from "@/components/content/toggle-button";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { contentHref, dayText } from "@/lib/content/format";
import { getContent } from "@/lib/content/queries";
import { deleteDraftAction, publishAction, updateContentAction } from "../actions";
import { ContentEditor } from "../_components/content-editor";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Edit" };

export default async function EditContentPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requirePageUser(`/write/${id}`);
  const page = await getContent(user, id);
  // Someone else's item (even for an admin) is not editable here: it answers as missing.
  if (page.status === "not_found" || !page.item.mine) notFound();
  const { item } = page;
  const live = item.status === "published";
  const takenDown = item.status === "hidden" || item.status === "removed";
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        back={{ href: "/write", label: "Your writing" }}
        title={<>Edit “{item.title}”</>}
        description={
          <>
            {live
              ? `Published ${item.publishedAt ? dayText(item.publishedAt) : ""}. Readers see your changes as “updated on”.`
              : takenDown
                ? "A moderator took this item down."
                : "A draft: only you and the Landed team can see it."}
          </>
        }
      >
        <div className="flex flex-wrap gap-2">
          <Link
            href={contentHref(item)}
            className={buttonVariants({ variant: "secondary", size: "sm" })}
          >
            <ExternalLink aria-hidden className="size-4" />
            {live ? "View" : "Preview"}
          </Link>
          {live && (
            <ToggleButton
              action={publishAction}
              fields={{ id: item.id }}
              on
              label={`Unpublish “${item.title}”`}
              text="Unpublish"
              icon="undo"
              variant="plain"
            />
          )}
          {!live && !item.publishedAt && !takenDown && (
            <ConfirmActionButton
              action={deleteDraftAction}
              fields={{ id: item.id }}
              trigger={
                <Button size="sm" variant="ghost">
                  <Trash2 aria-hidden className="size-4" />
                  Delete draft
                </Button>
              }
              title="Delete this draft?"
              description="It has never been published, so nobody else has seen it. This cannot be undone."
              confirm="Delete draft"
              pendingLabel="Deleting…"
            />
          )}
        </div>
      </PageHeader>
      {takenDown ? (
        <Alert tone="warning" aria-label="Taken down">
          It cannot be edited while it is down. You will be told the outcome of the review.
        </Alert>
      ) : (
        <ContentEditor
          action={updateContentAction}
          isAdmin={hasRoleAtLeast(user, "admin")}
          published={live}
          hidden={{ id: item.id, version: String(item.version) }}
          initial={{
            kind: item.kind,
            title: item.title,
            summary: item.summary,
            body: item.body,
            pathways: item.pathways,
            criteria: item.criteria,
            stages: item.stages,
            fields: item.fields,
            chargeability: item.chargeability,
            closesOn: item.closesOn,
            official: item.official,
            pinned: item.pinned,
          }}
        />
      )}
    </div>
  );
}
