import { notFound, permanentRedirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { contentHref } from "@/lib/content/format";
import { getContent } from "@/lib/content/queries";

/** /library/<id> without its slug: send the reader to the item's address. */
export default async function ContentById({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const page = await getContent(await getCurrentUser(), id);
  if (page.status === "not_found") notFound();
  permanentRedirect(contentHref(page.item));
}
