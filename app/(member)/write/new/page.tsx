import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { canWriteContent } from "@/lib/content/queries";
import { createContentAction } from "../actions";
import { ContentEditor } from "../_components/content-editor";
import { NotAWriter } from "../_components/not-a-writer";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Write for the library" };

export default async function NewContentPage() {
  const user = await requirePageUser("/write/new");
  const mayWrite = await canWriteContent(user);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        back={{ href: "/write", label: "Your writing" }}
        title="Write for the library"
        description={
          <>
            A guide, an article, a checklist or an opportunity for people on the path you walked.
            Save a draft as often as you like; it stays private until you publish it.
          </>
        }
      />
      {mayWrite ? (
        <ContentEditor
          action={createContentAction}
          isAdmin={hasRoleAtLeast(user, "admin")}
          hidden={{ idempotencyKey: randomUUID() }}
        />
      ) : (
        <NotAWriter />
      )}
    </div>
  );
}
