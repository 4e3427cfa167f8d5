// Optimistic only: sets the per-request CSP nonce and sends signed-out visitors of member pages to
// sign in. It never authorizes anything; pages, actions and domain functions check the session.
import { NextResponse, type NextRequest } from "next/server";
import { oauthFormTargets } from "@/lib/auth/providers";
import { isMemberPath, SESSION_COOKIE_NAMES } from "@/lib/auth/routes";
import { contentSecurityPolicy, RESOURCE_POLICY } from "@/lib/csp";
import { publicCacheKey } from "@/lib/public-cache/policy";
import { cachedResponse, fillInBackground, fillPlaceholder } from "@/lib/public-cache/proxy-side";

// "%00" in a URL: PostgreSQL refuses NUL in text, so the address is cleaned before any page reads it.
const ENCODED_NUL = /%00/gi;

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (/%00/i.test(pathname + search)) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.replace(ENCODED_NUL, "");
    url.search = search.replace(ENCODED_NUL, "");
    const redirect = NextResponse.redirect(url, 308);
    redirect.headers.set("Content-Security-Policy", RESOURCE_POLICY);
    return redirect;
  }
  const hasSessionCookie = SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name));
  if (isMemberPath(pathname) && !hasSessionCookie) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?next=${encodeURIComponent(pathname + search)}`;
    const redirect = NextResponse.redirect(url);
    // A redirect has no page to run: it gets the strict policy (next.config adds the rest).
    redirect.headers.set("Content-Security-Policy", RESOURCE_POLICY);
    return redirect;
  }

  // The proxy's own render of a page for the visitors' cache carries the cache's placeholder as
  // its nonce; every other request gets a fresh one.
  const placeholder = fillPlaceholder(request.headers);
  const nonce = placeholder ?? btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(
    nonce,
    process.env.NODE_ENV === "development",
    oauthFormTargets(),
  );
  const cacheKey =
    placeholder || process.env.NODE_ENV === "development"
      ? null
      : publicCacheKey(
          {
            method: request.method,
            pathname,
            search,
            headers: request.headers,
            cookieNames: request.cookies.getAll().map((c) => c.name),
          },
          SESSION_COOKIE_NAMES,
        );
  if (cacheKey) {
    const hit = cachedResponse(cacheKey, nonce, csp);
    if (hit) return hit;
    fillInBackground(cacheKey, pathname + search);
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("x-pathname", pathname + search);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

// Every page but the router's prefetches (Next's advice for a nonce policy: a prefetched payload is
// cached and reused, so it must not depend on this request's nonce). What this leaves out gets the
// strict policy from next.config.ts (PROXY_SKIPPED_SOURCE, and prefetches by their header).
export const config = {
  matcher: [
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg|icons.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
