// The member's rows of one table (and what it joins), a keyset page at a time: what most files of
// the export are, once the columns (never secrets, staff or the member's own id) and the order are
// chosen.
import { is, type SQL } from "drizzle-orm";
import {
  PgTimestamp,
  type AnyPgColumn,
  type PgSelect,
  type PgTable,
  type SelectedFields,
} from "drizzle-orm/pg-core";
import type { SelectResult } from "drizzle-orm/query-builders/select.types";
import { db } from "@/db/client";
import { atTime, keysetQuery, pages, timeKey } from "./paging";

/** The row of `columns` from inner-joined tables (none of them can be missing). */
export type OwnRow<C extends SelectedFields> = SelectResult<
  C,
  "single",
  Record<string, "not-null">
>;

/** Where a timestamp key travels between pages, as Postgres prints it (a Date loses microseconds). */
const textOf = (field: string) => `$${field}`;

/**
 * The rows of `table` (with `join`: inner joins only) that `where` selects, `columns` of them, in
 * the order of `keys`: fields of `columns`, so each page's last row says where the next one starts.
 */
export async function* ownRows<C extends SelectedFields>(
  table: PgTable,
  columns: C,
  where: SQL | undefined,
  keys: (keyof C & string)[],
  join: (query: PgSelect) => PgSelect = (query) => query,
): AsyncGenerator<OwnRow<C>[]> {
  const order = keys.map((key) => columns[key] as AnyPgColumn);
  const times = keys.filter((_, i) => is(order[i], PgTimestamp));
  const selected: SelectedFields = { ...columns };
  for (const field of times) selected[textOf(field)] = timeKey(columns[field] as AnyPgColumn);
  const position = (last: Record<string, unknown>) =>
    keys.map((key) => (times.includes(key) ? atTime(last[textOf(key)] as string) : last[key]));
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
    }) as OwnRow<C>[];
  }
}
