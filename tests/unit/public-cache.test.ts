// The visitors' page cache (lib/public-cache): which requests it may answer, and the store's rules
// (a change forgets every page, a render begun before a change is not kept, bounded, the nonce is
// swapped per response).
import { describe, expect, it } from "vitest";
import { publicCacheKey, type RequestFacts } from "@/lib/public-cache/policy";
import { MAX_AGE_MS, PublicPageStore, withNonce, type CachedPage } from "@/lib/public-cache/store";

const SESSION = ["authjs.session-token", "__Secure-authjs.session-token"];
const HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
const THREAD = "/community/1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed/how-i-documented-judging";

function facts(
  overrides: Partial<Omit<RequestFacts, "headers">> & { headers?: Record<string, string> } = {},
) {
  const { headers, ...rest } = overrides;
  return {
    method: "GET",
    pathname: "/community",
    search: "",
    cookieNames: [],
    ...rest,
    headers: new Headers({ accept: HTML, ...headers }),
  } satisfies RequestFacts;
}

describe("which requests the visitors' cache answers", () => {
  it("a visitor's page load of a public page, keyed by path and sorted query", () => {
    for (const pathname of ["/", "/community", THREAD, "/library", "/mentors/arjun"]) {
      expect(publicCacheKey(facts({ pathname }), SESSION)).toBe(pathname);
    }
    expect(publicCacheKey(facts({ search: "?sort=top&category=eb1a" }), SESSION)).toBe(
      "/community?category=eb1a&sort=top",
    );
    // A theme or consent cookie does not make a page personal.
    expect(publicCacheKey(facts({ cookieNames: ["theme"] }), SESSION)).toBe("/community");
  });

  it("never a request that carries a session cookie, even a stale or chunked one", () => {
    for (const name of [...SESSION, "authjs.session-token.0"]) {
      expect(publicCacheKey(facts({ cookieNames: [name] }), SESSION)).toBeNull();
    }
  });

  it("never member pages, writes, the router's fetches or non-page requests", () => {
    for (const pathname of ["/feed", "/search", "/sign-in", "/community/new", `${THREAD}/x`]) {
      expect(publicCacheKey(facts({ pathname }), SESSION)).toBeNull();
    }
    expect(publicCacheKey(facts({ method: "POST" }), SESSION)).toBeNull();
    expect(publicCacheKey(facts({ method: "HEAD" }), SESSION)).toBeNull();
    expect(publicCacheKey(facts({ headers: { accept: "*/*" } }), SESSION)).toBeNull();
    expect(publicCacheKey(facts({ headers: { "sec-fetch-dest": "empty" } }), SESSION)).toBeNull();
    expect(publicCacheKey(facts({ headers: { "next-action": "abc" } }), SESSION)).toBeNull();
    expect(publicCacheKey(facts({ headers: { authorization: "Bearer x" } }), SESSION)).toBeNull();
    expect(publicCacheKey(facts({ search: "?_rsc=1x2" }), SESSION)).toBeNull();
    expect(publicCacheKey(facts({ headers: { "sec-fetch-dest": "document" } }), SESSION)).toBe(
      "/community",
    );
  });
});

function page(html: string, storedAt = Date.now()): CachedPage {
  return { html, placeholder: "p1a2c3e4", status: 200, headers: [], storedAt };
}

function listening(): PublicPageStore {
  const store = new PublicPageStore();
  store.listening = "on";
  return store;
}

describe("the visitors' page store", () => {
  it("keeps nothing until it hears the database's change notices", () => {
    const store = new PublicPageStore();
    expect(store.beginFill("/")).toBeNull();
    store.listening = "on";
    const generation = store.beginFill("/")!;
    expect(store.put("/", generation, page("<p>hi</p>"))).toBe(true);
    store.listening = "off";
    expect(store.get("/")).toBeUndefined();
  });

  it("forgets every page on a change, and drops a render that began before it", () => {
    const store = listening();
    const first = store.beginFill("/community")!;
    store.put("/community", first, page("old"));
    const second = store.beginFill("/library")!;
    store.clear(); // a reply was written while /library was rendering
    expect(store.get("/community")).toBeUndefined();
    expect(store.put("/library", second, page("rendered before the change"))).toBe(false);
    expect(store.get("/library")).toBeUndefined();
    const third = store.beginFill("/library")!;
    expect(store.put("/library", third, page("fresh"))).toBe(true);
    expect(store.get("/library")?.html).toBe("fresh");
  });

  it("renders one page once at a time, and again after the fill ends", () => {
    const store = listening();
    const generation = store.beginFill("/")!;
    expect(store.beginFill("/")).toBeNull();
    store.put("/", generation, null); // the render failed: nothing kept, the next miss tries again
    expect(store.beginFill("/")).not.toBeNull();
  });

  it("renders a page again once it is older than the bound", () => {
    const store = listening();
    const now = Date.now();
    store.put("/", store.beginFill("/")!, page("then", now));
    expect(store.get("/", now + MAX_AGE_MS - 1)?.html).toBe("then");
    expect(store.get("/", now + MAX_AGE_MS + 1)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it("is bounded: the least recently used page leaves first", () => {
    const store = listening();
    for (let i = 0; i < 301; i++)
      store.put(`/mentors/m${i}`, store.beginFill(`/mentors/m${i}`)!, page("x"));
    expect(store.size).toBe(300);
    expect(store.get("/mentors/m0")).toBeUndefined();
    expect(store.get("/mentors/m300")?.html).toBe("x");
  });

  it("puts this response's nonce wherever the placeholder stood", () => {
    const cached = page('<script nonce="p1a2c3e4">1</script><script nonce="p1a2c3e4">2</script>');
    expect(withNonce(cached, "N0nce")).toBe(
      '<script nonce="N0nce">1</script><script nonce="N0nce">2</script>',
    );
  });
});
