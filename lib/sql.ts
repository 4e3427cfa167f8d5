// SQL helpers shared by the query modules.
import { sql, type SQL } from "drizzle-orm";

/**
 * A list of strings as an SQL text array, one bound parameter per element
 * (`array[$1, $2]::text[]`). Drivers disagree on how to bind a whole JS array as one parameter
 * (PGlite in a production build sends "a,b"), so arrays are never bound whole. Cast the result
 * to an enum array where needed: `${textArray(codes)}::pathway[]`.
 */
export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`array[]::text[]`;
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}
