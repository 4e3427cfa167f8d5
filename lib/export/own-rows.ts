// The member's rows of one table, a keyset page at a time: what most files of the export are, once
// the columns (never secrets, staff or the member's own id) and the order are chosen.
import type { SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable, SelectedFields } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { keysetPage, pages } from "./paging";

/**
 * The rows of `table` that `where` selects (the member's own), `columns` of them, in the order of
 * `keys`: fields of `columns`, so each page's last row says where the next page starts.
 */
export function ownRows<C extends SelectedFields>(
  table: PgTable,
  columns: C,
  where: SQL,
  keys: (keyof C & string)[],
): AsyncGenerator<object[]> {
  const order = keys.map((key) => columns[key] as AnyPgColumn);
  return pages((last: Record<string, unknown> | undefined) =>
    keysetPage(
      db
        .select(columns as SelectedFields)
        .from(table)
        .$dynamic(),
      where,
      order,
      last && keys.map((key) => last[key]),
    ),
  );
}
