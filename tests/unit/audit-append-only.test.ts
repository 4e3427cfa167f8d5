// The application has no code path that changes or removes an audit row: no file under lib/ or
// app/ calls update or delete on the audit log table, through Drizzle or in raw SQL.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

const forbidden = [
  /\.update\(\s*auditLog\b/,
  /\.delete\(\s*auditLog\b/,
  /\bupdate\s+"?audit_log"?\s+set\b/i,
  /\bdelete\s+from\s+"?audit_log"?/i,
  /\btruncate\s+(table\s+)?"?audit_log"?/i,
];

function offences(text: string): string[] {
  return forbidden.filter((re) => re.test(text)).map((re) => re.source);
}

describe("the audit log is append-only in the code", () => {
  it("the check recognises each forbidden form", () => {
    expect(offences("await tx.update(auditLog).set({ reason: 'x' })")).toHaveLength(1);
    expect(offences("await db.delete( auditLog ).where(x)")).toHaveLength(1);
    expect(offences("sql`UPDATE audit_log SET reason = ''`")).toHaveLength(1);
    expect(offences('sql`delete from "audit_log"`')).toHaveLength(1);
    expect(offences("sql`truncate table audit_log`")).toHaveLength(1);
    expect(offences("await tx.insert(auditLog).values(entry)")).toEqual([]);
  });

  it("no file under lib/ or app/ updates, deletes or truncates audit rows", () => {
    const files = ["lib", "app"].flatMap((d) => sourceFiles(path.join(root, d)));
    // The walk really reaches the code that writes the log.
    expect(files.map((f) => path.relative(root, f))).toContain(path.join("lib", "audit.ts"));
    const found = files.flatMap((file) =>
      offences(fs.readFileSync(file, "utf8")).map((re) => `${path.relative(root, file)}: ${re}`),
    );
    expect(found).toEqual([]);
  });
});
