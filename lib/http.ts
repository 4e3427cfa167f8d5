// Checks for route handlers that Next.js does not make itself (server actions get an Origin check
// from Next; route handlers get none).
import { NextResponse } from "next/server";
import { logger } from "@/lib/logger";

/** True when a state-changing request comes from our own pages. A missing Origin is refused too. */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function rejectCrossSite(request: Request): NextResponse | null {
  if (request.method === "GET" || request.method === "HEAD" || isSameOrigin(request)) return null;
  logger.warn(
    { event: "authz.denied", reason: "cross_site", path: new URL(request.url).pathname },
    "cross-site request refused",
  );
  return NextResponse.json({ error: "Cross-site request refused." }, { status: 403 });
}

/** For private downloads: never cached by a browser or a proxy, never sniffed. */
export const privateHeaders = {
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
} as const;

/** The same 404 for a missing file and for someone else's (never a 403 that confirms it exists). */
export function privateNotFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8" },
  });
}

/** attachment; with an ASCII fallback name and the exact name in RFC 5987 form. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
