// The icon sprite (lib/icons/sprite.ts). Revalidated on every use with its ETag, so a deploy that
// adds an icon is seen at once, and an unchanged sprite costs a 304.
import { sprite } from "@/lib/icons/sprite";

export function GET(request: Request): Response {
  const { body, etag } = sprite();
  const headers = {
    "Content-Type": "image/svg+xml; charset=utf-8",
    "Cache-Control": "public, no-cache",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  if (request.headers.get("if-none-match") === etag) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { headers });
}
