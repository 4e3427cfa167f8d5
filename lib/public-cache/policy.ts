// Which requests the visitors' cache may answer (./store.ts): a browser's plain GET of a public
// page, from someone with no session cookie. Pure; proxy.ts and the tests use it.

/** The signed-out pages that are the same for every visitor. */
const PUBLIC_PAGES = [
  /^\/$/,
  /^\/community$/,
  /^\/community\/[0-9a-f-]{36}\/[a-z0-9-]+$/,
  /^\/library$/,
  /^\/library\/[0-9a-f-]{36}\/[a-z0-9-]+$/,
  /^\/mentors\/[A-Za-z0-9_-]+$/,
];

/**
 * Headers that make a request something other than a full page load. Next strips its router's own
 * headers (RSC, the state tree) before the proxy sees a request, so a page load is also told by
 * what a browser sends for one: an Accept naming HTML, and a Sec-Fetch-Dest of "document" where
 * the browser sends that header at all (the router's fetches accept anything and say "empty").
 */
const NOT_A_PAGE_LOAD = [
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "purpose",
  "authorization",
];

export interface RequestFacts {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
  cookieNames: string[];
}

/** The cache key of a request the cache may answer, or null when it must be rendered for this one. */
export function publicCacheKey(request: RequestFacts, sessionCookieNames: string[]): string | null {
  if (request.method !== "GET") return null;
  if (!PUBLIC_PAGES.some((page) => page.test(request.pathname))) return null;
  if (NOT_A_PAGE_LOAD.some((name) => request.headers.has(name))) return null;
  if (!request.headers.get("accept")?.includes("text/html")) return null;
  const dest = request.headers.get("sec-fetch-dest");
  if (dest && dest !== "document") return null;
  // Any session cookie, even an expired one: that request is rendered for its sender.
  if (
    request.cookieNames.some((name) =>
      sessionCookieNames.some((s) => name === s || name.startsWith(`${s}.`)),
    )
  )
    return null;
  const params = new URLSearchParams(request.search);
  if (params.has("_rsc")) return null;
  params.sort();
  const query = params.toString();
  return query ? `${request.pathname}?${query}` : request.pathname;
}
