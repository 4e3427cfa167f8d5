// Reading a member's rows a page at a time (keyset, never OFFSET) and writing them as a JSON array
// chunk by chunk, so a member with many thousands of posts or notifications never sits in memory.
import { and, asc, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgSelect } from "drizzle-orm/pg-core";

export const PAGE_SIZE = 500;

export interface ExportMember {
  id: string;
  email: string;
}

/** One file of the export. */
export interface Section {
  /** Its path in the ZIP. */
  file: string;
  /** One line for README.txt. */
  about: string;
  /** The columns ("table.column") through which this file finds the member's rows. */
  covers: readonly string[];
  /** "object": one JSON object (or null); "list": a JSON array written page by page. */
  shape: "object" | "list";
  rows(member: ExportMember): AsyncIterable<object[]>;
}

/** Every row of a query, in pages: `page(last)` returns up to PAGE_SIZE rows after `last`. */
export async function* pages<T>(page: (last: T | undefined) => Promise<T[]>): AsyncGenerator<T[]> {
  let last: T | undefined;
  for (;;) {
    const rows = await page(last);
    if (rows.length > 0) yield rows;
    if (rows.length < PAGE_SIZE) return;
    last = rows.at(-1);
  }
}

/** Each page of `rows`, each row reshaped for the file. */
export async function* mapped<T, U extends object>(
  rows: AsyncIterable<T[]>,
  shape: (row: T) => U,
): AsyncGenerator<U[]> {
  for await (const page of rows) yield page.map(shape);
}

/** A timestamp as Postgres prints it, for a keyset position (a JS Date would lose microseconds). */
export function timeKey(column: AnyPgColumn): SQL<string> {
  return sql<string>`${column}::text`;
}

/** A keyset position's timestamp back as a timestamptz. */
export function atTime(key: string): SQL {
  return sql`${key}::timestamptz`;
}

/** "you" for the member, `other` for anyone else, null for nobody (a deleted account, no one). */
export function whoIs(member: ExportMember, id: string | null, other: string): string | null {
  if (id === null) return null;
  return id === member.id ? "you" : other;
}

/** `(a, b, …) > (x, y, …)`: the rows after `values` in the order of `columns`; no filter at the start. */
function after(columns: AnyPgColumn[], values: unknown[] | undefined): SQL | undefined {
  if (!values) return undefined;
  return sql`(${sql.join(columns, sql`, `)}) > (${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )})`;
}

/**
 * One keyset page of `query` (made with `.$dynamic()`): the rows `where` selects that come after
 * `last` (the values of `keys` in the page before; none for the first page), in the order of `keys`,
 * PAGE_SIZE at most. The filter and the order take the same columns, so no row is skipped or repeated.
 */
export function keysetQuery<Q extends PgSelect>(
  query: Q,
  where: SQL | undefined,
  keys: AnyPgColumn[],
  last: unknown[] | undefined,
): Q {
  return query
    .where(and(where, after(keys, last)))
    .orderBy(...keys.map((key) => asc(key)))
    .limit(PAGE_SIZE);
}

/** For each page of `parents`, the rows `load` finds for their ids; a page that finds none is skipped. */
export async function* perPage<T>(
  parents: AsyncIterable<{ id: string }[]>,
  load: (ids: string[]) => Promise<T[]>,
): AsyncGenerator<T[]> {
  for await (const page of parents) {
    const rows = await load(page.map((parent) => parent.id));
    if (rows.length > 0) yield rows;
  }
}

/** A section's rows as JSON text: an array of pretty-printed rows, or one object. */
export async function* jsonChunks(
  shape: Section["shape"],
  rows: AsyncIterable<object[]>,
): AsyncGenerator<string> {
  if (shape === "object") {
    let value: object | null = null;
    for await (const page of rows) value ??= page[0] ?? null;
    yield `${JSON.stringify(value, null, 2)}\n`;
    return;
  }
  let first = true;
  yield "[";
  for await (const page of rows) {
    let text = "";
    for (const row of page) {
      text += `${first ? "\n  " : ",\n  "}${JSON.stringify(row, null, 2).replace(/\n/g, "\n  ")}`;
      first = false;
    }
    yield text;
  }
  yield first ? "]\n" : "\n]\n";
}
