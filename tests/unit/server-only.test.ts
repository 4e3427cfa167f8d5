// Every lib/ module that touches the database starts with `import "server-only"`, so a client
// component that reaches one fails the build instead of shipping database code to the browser.
// The one exception is explicit: what instrumentation.ts loads at start-up (the background sweep,
// and the demo seed through db/prepare.ts) runs outside the react-server layer and may not carry
// it (docs/architecture.md). Scripts run by tsx resolve the marker first (db/outside-next.ts).
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const importStatement =
  /^(?:import|export)\s+(type\s+)?(?:([^;]*?)\s+from\s+)?["']([^"']+)["'];?|import\(\s*["']([^"']+)["']\s*\)/gm;

interface Import {
  specifier: string;
  /** Only types: erased at compile time, so it loads nothing. */
  typeOnly: boolean;
}

function importsOf(source: string): Import[] {
  return [...source.matchAll(importStatement)].map((m) => {
    const clause = m[2] ?? "";
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    const typeOnly =
      m[1] !== undefined ||
      (named !== null &&
        named[1]!
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
          .every((s) => s.startsWith("type ")));
    return { specifier: m[3] ?? m[4]!, typeOnly };
  });
}

function resolveImport(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every module a file loads at run time, following static and dynamic imports. */
function loadedBy(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { specifier, typeOnly } of importsOf(fs.readFileSync(file, "utf8"))) {
      const resolved = typeOnly ? null : resolveImport(specifier, file);
      if (resolved) stack.push(resolved);
    }
  }
  return seen;
}

const touchesDatabase = (source: string) =>
  importsOf(source).some(
    (i) => !i.typeOnly && (i.specifier === "@/db/client" || i.specifier === "@/db/schema"),
  );
const marked = (source: string) => /^import "server-only";$/m.test(source);

describe("server-only", () => {
  const startUp = loadedBy(path.join(root, "instrumentation.ts"));
  const databaseModules = sourceFiles(path.join(root, "lib")).filter((file) =>
    touchesDatabase(fs.readFileSync(file, "utf8")),
  );

  it("finds the database modules and what start-up loads", () => {
    expect(databaseModules.length).toBeGreaterThan(50);
    expect(startUp.has(path.join(root, "lib/jobs/sweep.ts"))).toBe(true);
  });

  it("every lib module that touches the database imports it, unless start-up loads it", () => {
    const missing = databaseModules
      .filter((file) => !marked(fs.readFileSync(file, "utf8")) && !startUp.has(file))
      .map((file) => path.relative(root, file));
    expect(missing).toEqual([]);
  });

  it("nothing start-up loads imports it (it would throw outside the react-server layer)", () => {
    const marking = [...startUp]
      .filter((file) => marked(fs.readFileSync(file, "utf8")))
      .map((file) => path.relative(root, file));
    expect(marking).toEqual([]);
  });
});
