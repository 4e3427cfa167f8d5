// Evidence file downloads. Only the uploader and admins get the bytes; everyone else, signed out
// included, gets the same 404 as for a file that never existed (never a 403 that confirms it).
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { contentDisposition, privateHeaders, privateNotFound as notFound } from "@/lib/http";
import { readEvidenceFile } from "@/lib/verification/queries";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return notFound();
  try {
    const file = await readEvidenceFile(user, id);
    return new Response(new Uint8Array(file.bytes), {
      status: 200,
      headers: {
        ...privateHeaders,
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": contentDisposition(file.fileName),
        // Even opened directly, the file runs no script and loads nothing.
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cross-Origin-Resource-Policy": "same-origin",
      },
    });
  } catch (err) {
    if (err instanceof NotFoundError) return notFound();
    throw err;
  }
}
