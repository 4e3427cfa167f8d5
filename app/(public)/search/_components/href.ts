// Links within the search page: the current parameters with some changed; empty ones left out.
import type { SearchParams } from "@/lib/search/schemas";

export function searchHref(params: SearchParams, change: Partial<SearchParams> = {}): string {
  const next = { ...params, ...change };
  const query = new URLSearchParams();
  if (next.q) query.set("q", next.q);
  if (next.type !== "all") query.set("type", next.type);
  // Filters narrow guides and articles only.
  if (next.type === "content" && next.kind) query.set("kind", next.kind);
  if (next.type === "content" && next.pathway) query.set("pathway", next.pathway);
  if (next.cursor) query.set("cursor", next.cursor);
  const s = query.toString();
  return s ? `/search?${s}` : "/search";
}
