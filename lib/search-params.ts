// Reading a page's query string and writing links back to it (the list pages' filters and sorts).

export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter (a repeated one keeps its first). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** `path` with the non-empty `params` as its query string, in the order given. */
export function hrefWithParams(path: string, params: Record<string, string | undefined | null>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
