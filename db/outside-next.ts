// The boundary of code that runs under tsx, outside Next (db/cli.ts: migrate, seed and the scale
// data set; the benchmarks). Domain modules that touch the database begin with
// `import "server-only"`, which Next resolves to an empty module on the server and
// vitest.config.ts aliases for the tests; plain Node would load the package's entry, which throws.
// This resolve hook gives such scripts what Next gives the server. (What the demo seed itself
// loads stays unmarked: instrumentation.ts runs it at start-up too; tests/unit/server-only.test.ts.)
// Static imports are resolved before any code runs, so an entry calls it first and imports the
// rest dynamically.
import { register } from "node:module";

export function resolveServerOnlyOutsideNext(): void {
  register(
    "data:text/javascript," +
      encodeURIComponent(
        'export async function resolve(s, c, next) { return s === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(s, c); }',
      ),
  );
}
