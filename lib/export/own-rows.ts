// The member's rows of one table (and what it joins), a keyset page at a time: what most files of
// the export are, once the columns (never secrets, staff or the member's own id) and the order are
// chosen; and the earlier texts of what they wrote.
import {
  asc,
  eq,
  getTableColumns,
  inArray,
  is,
  type Column,
  type SQL,
  type Table,
} from "drizzle-orm";
import {
  PgTimestamp,
  type AnyPgColumn,
  type PgSelect,
  type PgTable,
  type SelectedFields,
} from "drizzle-orm/pg-core";
import type { SelectResult } from "drizzle-orm/query-builders/select.types";
import { db } from "@/db/client";
import {
  communityPostRevisions,
  communityThreads,
  contentItems,
  contentRevisions,
} from "@/db/schema";
import { atTime, keysetQuery, pages, perPage, timeKey, whoIs, type ExportMember } from "./paging";

/** The tables `columns` are read from. */
type TablesOf<C extends SelectedFields> = {
  [K in keyof C]: C[K] extends Column ? C[K]["_"]["tableName"] : never;
}[keyof C];

/** The row of `columns`: those of the `Missing` tables (left-joined) are null where none matched. */
export type OwnRow<C extends SelectedFields, Missing extends string = never> = SelectResult<
  C,
  "partial",
  { [T in TablesOf<C>]: T extends Missing ? "nullable" : "not-null" }
>;

/**
 * The tables joined to the rows, each on its condition: `inner`, one every row has a match in;
 * `left`, one a row may have no match in (its columns are then null).
 */
export interface Joins<Missing extends string = never> {
  inner?: [table: PgTable, on: SQL];
  left?: [table: PgTable & { _: { name: Missing } }, on: SQL];
}

/** `names` of `table`'s columns, each under its own name, in that order: a file's choice of columns. */
export function pickColumns<T extends Table, K extends keyof T["_"]["columns"] & string>(
  table: T,
  names: readonly K[],
): Pick<T["_"]["columns"], K> {
  const columns: T["_"]["columns"] = getTableColumns(table);
  return Object.fromEntries(names.map((name) => [name, columns[name]])) as Pick<
    T["_"]["columns"],
    K
  >;
}

/** Where a timestamp key travels between pages, as Postgres prints it (a Date loses microseconds). */
const textOf = (field: string) => `$${field}`;

/**
 * The rows of `table` (with `joins`) that `where` selects, `columns` of them, in the order of
 * `keys`: fields of `columns`, so each page's last row says where the next one starts.
 */
export async function* ownRows<C extends SelectedFields, Missing extends string = never>(
  table: PgTable,
  columns: C,
  where: SQL | undefined,
  keys: (keyof C & string)[],
  joins: Joins<Missing> = {},
): AsyncGenerator<OwnRow<C, Missing>[]> {
  const order = keys.map((key) => columns[key] as AnyPgColumn);
  const times = keys.filter((_, i) => is(order[i], PgTimestamp));
  const selected: SelectedFields = { ...columns };
  for (const field of times) selected[textOf(field)] = timeKey(columns[field] as AnyPgColumn);
  const position = (last: Record<string, unknown>) =>
    keys.map((key) => (times.includes(key) ? atTime(last[textOf(key)] as string) : last[key]));
  const join = (query: PgSelect) => {
    const inner = joins.inner ? query.innerJoin(...joins.inner) : query;
    return joins.left ? inner.leftJoin(...joins.left) : inner;
  };
  const rows = pages((last: Record<string, unknown> | undefined) =>
    keysetQuery(
      join(db.select(selected).from(table).$dynamic()),
      where,
      order,
      last && position(last),
    ),
  );
  for await (const page of rows) {
    // Copies: `pages` reads the last row's keys after this yield.
    yield page.map((row) => {
      const shown = { ...row };
      for (const field of times) delete shown[textOf(field)];
      return shown;
    }) as OwnRow<C, Missing>[];
  }
}

/**
 * What the member wrote in a table of writing (threads, library content), oldest first: every
 * column but the search index and the idempotency key (internal) and the author (the member).
 */
export function ownWriting(
  table: typeof communityThreads | typeof contentItems,
  member: ExportMember,
) {
  const {
    searchVector: _vector,
    idempotencyKey: _key,
    authorId: _author,
    ...columns
  } = getTableColumns(table);
  return ownRows(table, columns, eq(table.authorId, member.id), ["createdAt", "id"]);
}

/**
 * Every earlier text of what the member wrote: for each page of `parents` (their posts or items),
 * `columns` of those parents' revisions (`parent` is the parent's id) by version, with when each
 * was replaced and `editedBy`, "you" or "staff", in place of the editor's id.
 */
export async function* ownRevisions(
  member: ExportMember,
  parents: AsyncIterable<{ id: string }[]>,
  table: typeof communityPostRevisions | typeof contentRevisions,
  parent: AnyPgColumn,
  columns: SelectedFields,
): AsyncGenerator<object[]> {
  const revisions = perPage(parents, (ids) =>
    db
      .select({ ...columns, editorId: table.editorId, replacedAt: table.createdAt })
      .from(table as PgTable)
      .where(inArray(parent, ids))
      .orderBy(asc(parent), asc(table.version)),
  );
  for await (const rows of revisions) {
    yield rows.map(({ editorId, ...revision }) => ({
      ...revision,
      editedBy: whoIs(member, editorId as string | null, "staff"),
    }));
  }
}
