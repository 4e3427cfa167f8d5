import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { canWriteContent } from "@/lib/content/queries";
import { createContentAction } from "../actions";
import { ContentEditor } from "../_components/content-editor";
import { NotAWriter } from "../_components/not-a-writer";

export const metadata: Metadata = { title: "Write for the library" };

export default async function NewContentPage() {
  const user = await requirePageUser("/write/new");
  const mayWrite = await canWriteContent(user);
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/write" className="text-accent underline underline-offset-4">
            Your writing
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Write for the library</h1>
        <p className="text-muted">
          A guide, an article, a checklist or an opportunity for people on the path you walked. Save
          a draft as often as you like; it stays private until you publish it.
        </p>
      </header>
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
