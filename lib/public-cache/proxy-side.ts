// The proxy's half of the visitors' cache (./store.ts): answer a hit with a fresh nonce, and on a
// miss render the page once more in the background, for the cache, with a secret placeholder as
// its nonce (the visitor who missed gets their own render, as without the cache). No server-only:
// proxy.ts imports this file.
import { publicPageStore, randomHex, withNonce, type CachedPage } from "./store";

/** Set on the proxy's own fill request: its value is the store's secret, then the placeholder. */
export const FILL_HEADER = "x-landed-cache-fill";

/** Response headers a cached page keeps: not cookies, sizes, encodings, dates or the policy. */
const DROPPED = new Set([
  "set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "etag",
  "content-security-policy",
  "x-landed-cache",
]);

/** The placeholder to use as the nonce when this request is the proxy's own fill, else null. */
export function fillPlaceholder(headers: Headers): string | null {
  const value = headers.get(FILL_HEADER);
  if (!value) return null;
  const store = publicPageStore();
  const [secret, placeholder] = value.split(":");
  return secret === store.fillSecret && placeholder && /^[0-9a-f]{32}$/.test(placeholder)
    ? placeholder
    : null;
}

/** The cached page for `key`, as a response with `nonce` in place and `csp` as its policy. */
export function cachedResponse(key: string, nonce: string, csp: string): Response | null {
  const page = publicPageStore().get(key);
  if (!page) return null;
  const headers = new Headers(page.headers);
  headers.set("Content-Security-Policy", csp);
  headers.set("x-landed-cache", "hit");
  return new Response(withNonce(page, nonce), { status: page.status, headers });
}

/** Renders `pathWithQuery` for the cache unless a render of it is under way; never throws. */
export function fillInBackground(key: string, pathWithQuery: string): void {
  const store = publicPageStore();
  const generation = store.beginFill(key);
  if (generation === null) return;
  const placeholder = randomHex(16);
  void render(pathWithQuery, `${store.fillSecret}:${placeholder}`).then(
    (page) => store.put(key, generation, page && { ...page, placeholder }),
    () => store.put(key, generation, null),
  );
}

async function render(
  pathWithQuery: string,
  fill: string,
): Promise<Omit<CachedPage, "placeholder"> | null> {
  const port = process.env.PORT ?? "3000";
  const response = await fetch(`http://127.0.0.1:${port}${pathWithQuery}`, {
    headers: { [FILL_HEADER]: fill, accept: "text/html" },
    redirect: "manual",
    signal: AbortSignal.timeout(10_000),
  });
  const html = await response.text();
  const type = response.headers.get("content-type") ?? "";
  // Only a plain page that sets nothing for its reader is the same for every visitor.
  if (
    response.status !== 200 ||
    !type.startsWith("text/html") ||
    response.headers.has("set-cookie")
  )
    return null;
  const headers = [...response.headers.entries()].filter(([name]) => !DROPPED.has(name));
  return { html, status: response.status, headers, storedAt: Date.now() };
}
