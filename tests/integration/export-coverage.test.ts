// Nothing forgotten: every column of the schema that refers to a member (a foreign key to users.id,
// directly or through a table keyed by the user's id, or an id-like column with no foreign key)
// must be exported by a section of the member's export or listed in `notExported` with a reason.
import { sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { notExported, sections } from "@/lib/export/sections";

/** The rows of a raw query, whichever driver ran it (postgres.js gives an array, PGlite `{ rows }`). */
async function rows<T>(query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

interface ForeignKey {
  table: string;
  column: string;
  refTable: string;
  refColumn: string;
}

async function foreignKeys(): Promise<ForeignKey[]> {
  const result = await rows<{
    table: string;
    column: string;
    ref_table: string;
    ref_column: string;
  }>(sql`
    select c.conrelid::regclass::text as table, a.attname as column,
           c.confrelid::regclass::text as ref_table, ra.attname as ref_column
    from pg_constraint c
    join lateral unnest(c.conkey, c.confkey) as k(col, refcol) on true
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.col
    join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = k.refcol
    where c.contype = 'f' and c.connamespace = 'public'::regnamespace`);
  return result.map((r) => ({
    table: r.table.replace(/^public\./, "").replace(/"/g, ""),
    column: r.column,
    refTable: r.ref_table.replace(/^public\./, "").replace(/"/g, ""),
    refColumn: r.ref_column,
  }));
}

/** Columns that hold a user's id: users.id, and every foreign key that leads to one. */
function userColumns(fks: ForeignKey[]): Set<string> {
  const found = new Set(["users.id"]);
  for (let grew = true; grew;) {
    grew = false;
    for (const fk of fks) {
      const name = `${fk.table}.${fk.column}`;
      if (!found.has(name) && found.has(`${fk.refTable}.${fk.refColumn}`)) {
        found.add(name);
        grew = true;
      }
    }
  }
  return found;
}

/** Id-like columns with no foreign key: they may hold a user's id where nothing says so. */
async function looseIdColumns(fks: ForeignKey[]): Promise<string[]> {
  const withKey = new Set(fks.map((fk) => `${fk.table}.${fk.column}`));
  const result = await rows<{ table_name: string; column_name: string }>(sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and (column_name ~ '_(id|by)$' or column_name = 'key')
      and data_type in ('uuid', 'text')`);
  return result.map((r) => `${r.table_name}.${r.column_name}`).filter((name) => !withKey.has(name));
}

async function allColumns(): Promise<Set<string>> {
  const result = await rows<{ table_name: string; column_name: string }>(sql`
    select table_name, column_name from information_schema.columns where table_schema = 'public'`);
  return new Set(result.map((r) => `${r.table_name}.${r.column_name}`));
}

describe("the export's coverage of the schema", () => {
  it("exports or explains every column that refers to a member", async () => {
    const fks = await foreignKeys();
    const exported = new Set(sections.flatMap((s) => s.covers));
    const referring = [...userColumns(fks), ...(await looseIdColumns(fks))];
    const unexplained = referring.filter((c) => !exported.has(c) && !(c in notExported)).sort();
    expect(
      unexplained,
      "add each to a section's `covers` or to `notExported` with a reason",
    ).toEqual([]);
  });

  it("names only columns that exist, and never a column both ways", async () => {
    const columns = await allColumns();
    const covered = sections.flatMap((s) => s.covers);
    expect([...covered, ...Object.keys(notExported)].filter((c) => !columns.has(c))).toEqual([]);
    expect(covered.filter((c) => c in notExported)).toEqual([]);
    for (const reason of Object.values(notExported)) expect(reason.length).toBeGreaterThan(20);
  });

  it("finds the columns it is meant to find (a foreign key through a profile, a loose id)", async () => {
    const fks = await foreignKeys();
    const users = userColumns(fks);
    expect(users).toContain("mentorship_requests.mentor_id");
    expect(users).toContain("criterion_assessments.user_id");
    expect(users).toContain("data_exports.user_id");
    expect(await looseIdColumns(fks)).toContain("bookmarks.target_id");
  });
});
