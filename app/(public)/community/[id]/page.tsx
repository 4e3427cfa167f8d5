import { notFound, permanentRedirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { threadHref } from "@/lib/community/format";
import { getThread } from "@/lib/community/thread-page";

/** /community/<id> without its slug: send the reader to the thread's address. */
export default async function ThreadById({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const page = await getThread(await getCurrentUser(), id);
  if (page.status === "not_found") notFound();
  permanentRedirect(page.status === "found" ? threadHref(page.thread) : `/community/${id}/thread`);
}
