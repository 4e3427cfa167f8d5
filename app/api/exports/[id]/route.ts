// Data export downloads: the signed-in owner of a ready export gets its ZIP, streamed from storage.
// Anyone else, signed out included, gets the same 404 as for an export that never existed; the
// owner's expired export answers 410 with what to do.
import { getCurrentUser } from "@/lib/auth/session";
import { NotFoundError } from "@/lib/errors";
import { ExportExpiredError, openOwnExport } from "@/lib/export/queries";
import { contentDisposition, privateHeaders, privateNotFound } from "@/lib/http";
import { logger } from "@/lib/logger";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return privateNotFound();
  try {
    const file = await openOwnExport(user, id);
    logger.info(
      { event: "export.downloaded", actorId: user.id, exportId: id },
      "export downloaded",
    );
    const day = file.requestedAt.toISOString().slice(0, 10);
    return new Response(file.stream, {
      status: 200,
      headers: {
        ...privateHeaders,
        "Content-Type": "application/zip",
        "Content-Length": String(file.size),
        "Content-Disposition": contentDisposition(`landed-export-${user.handle}-${day}.zip`),
        "Content-Security-Policy": "default-src 'none'; sandbox",
        "Cross-Origin-Resource-Policy": "same-origin",
      },
    });
  } catch (err) {
    if (err instanceof ExportExpiredError) {
      return new Response(err.message, {
        status: 410,
        headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    if (err instanceof NotFoundError) return privateNotFound();
    throw err;
  }
}
