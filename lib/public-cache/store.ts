// The visitors' page cache (docs/decisions/020-visitor-cache.md): signed-out pages are the same for
// every visitor, so each is rendered once, with a secret placeholder where the CSP nonce goes, and
// served from memory with a fresh nonce swapped in per response (as Discourse's anonymous cache and
// its CspScriptNonceInjector do). The store lives on globalThis: proxy.ts (which serves and fills
// it) and the app (whose database listener empties it, ./listener.ts) are separate bundles in one
// process. No imports with side effects: the proxy loads this file.

export interface CachedPage {
  /** The page as rendered, with `placeholder` wherever the nonce stood. */
  html: string;
  placeholder: string;
  status: number;
  /** The response headers worth keeping (not cookies, lengths, dates or the CSP). */
  headers: [string, string][];
  storedAt: number;
}

/** Entries older than this are rendered again: relative times ("5 minutes ago") drift no more. */
export const MAX_AGE_MS = 60_000;
const MAX_ENTRIES = 300;
const MAX_BYTES = 48 * 1024 * 1024;
/** A page bigger than this is never kept (it would crowd out the rest). */
export const MAX_PAGE_BYTES = 1024 * 1024;

export class PublicPageStore {
  private pages = new Map<string, CachedPage>();
  private bytes = 0;
  /** Bumped by every clear: a render that began before a change is not stored after it. */
  private generation = 0;
  private fills = new Set<string>();
  /** Whether this process hears the database's change notices (./listener.ts); off: no caching. */
  listening: "off" | "starting" | "on" = "off";
  /** Marks the proxy's own fill requests (it renders a page for the cache with the placeholder). */
  readonly fillSecret = randomHex(16);

  get(key: string, now = Date.now()): CachedPage | undefined {
    if (this.listening !== "on") return undefined;
    const page = this.pages.get(key);
    if (!page || now - page.storedAt > MAX_AGE_MS) {
      if (page) this.remove(key);
      return undefined;
    }
    // Most recently used last: the map's order is the eviction order.
    this.pages.delete(key);
    this.pages.set(key, page);
    return page;
  }

  /**
   * Starts a fill of `key` unless one is under way: returns the generation to hand back to `put`,
   * or null when another request is already rendering this page.
   */
  beginFill(key: string): number | null {
    if (this.listening !== "on" || this.fills.has(key)) return null;
    this.fills.add(key);
    return this.generation;
  }

  /** Ends a fill; the page is kept only if nothing changed since the fill began. */
  put(key: string, generation: number, page: CachedPage | null): boolean {
    this.fills.delete(key);
    if (!page || generation !== this.generation) return false;
    const size = page.html.length;
    if (size > MAX_PAGE_BYTES) return false;
    this.remove(key);
    this.pages.set(key, page);
    this.bytes += size;
    while (this.pages.size > MAX_ENTRIES || this.bytes > MAX_BYTES) {
      this.remove(this.pages.keys().next().value!);
    }
    return true;
  }

  /** Forgets every page (a public record changed, or the change feed was interrupted). */
  clear(): void {
    this.generation++;
    this.pages.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.pages.size;
  }

  private remove(key: string): void {
    const page = this.pages.get(key);
    if (!page) return;
    this.pages.delete(key);
    this.bytes -= page.html.length;
  }
}

const KEY = Symbol.for("landed.publicPageStore");

/** This process's store (one per process, whichever bundle asks first creates it). */
export function publicPageStore(): PublicPageStore {
  const holder = globalThis as { [KEY]?: PublicPageStore };
  return (holder[KEY] ??= new PublicPageStore());
}

/** The page with this response's nonce in place of the placeholder. */
export function withNonce(page: CachedPage, nonce: string): string {
  return page.html.replaceAll(page.placeholder, nonce);
}

/** Random hex (Web Crypto: the proxy may run where node:crypto is not loaded). */
export function randomHex(bytes: number): string {
  const buffer = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(buffer, (b) => b.toString(16).padStart(2, "0")).join("");
}
