// `npx tsx bench/search-db.ts`: the search page's queries, timed inside the database. For each
// query text it runs the real searchEverything (as Priya, signed in, the "All" view the benchmark
// asks for) with the query recorder on, then EXPLAIN ANALYZEs the recorded statements 20 times
// under the app's session settings and prints the median and p95 of their summed execution time,
// and of each statement (issue 19: ≤ 30 ms p95); `--plans` prints each statement's plan too.
// Needs DATABASE_URL (the scale data set).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { resolveServerOnlyOutsideNext } from "@/db/outside-next";

resolveServerOnlyOutsideNext();

const RUNS = 20;
const DEFAULT_QUERIES = ["recommendation letters", "letters", "spouse"];

interface Recorded {
  query: string;
  params: unknown[];
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error("set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/landed_bench)");
  const logFile = path.join(os.tmpdir(), `landed-search-db-${process.pid}.json`);
  process.env.LANDED_QUERY_LOG = logFile;

  const { env } = await import("@/lib/env");
  const { sessionSettings } = await import("@/db/session-settings");
  const { searchEverything } = await import("@/lib/search/queries");
  const { closeDatabase } = await import("@/db/client");

  const sql = postgres(databaseUrl, {
    max: 1,
    onnotice: () => {},
    connection: sessionSettings({
      statementTimeoutMs: 0,
      idleInTransactionTimeoutMs: 0,
      parallelWorkers: env().DATABASE_PARALLEL_WORKERS,
    }),
  });
  const args = process.argv.slice(2);
  const plans = args.includes("--plans");
  const given = args.filter((a) => a !== "--plans");
  const texts = given.length ? given : DEFAULT_QUERIES;
  try {
    const [viewer] = await sql<{ id: string; role: "member" }[]>`
      select id, role from users where email = 'priya@example.com'`;
    if (!viewer) throw new Error("priya@example.com is missing: seed the database first");

    for (const text of texts) {
      // The first search opens the database (and its recorder); the signal then clears the list.
      // (Not before: proper-lockfile's signal-exit re-raises a signal nobody else listens to.)
      await searchEverything(viewer, text);
      process.emit("SIGUSR2");
      const results = await searchEverything(viewer, text);
      process.emit("SIGUSR2");
      const recorded = JSON.parse(fs.readFileSync(logFile, "utf8")) as Recorded[];
      const perQuery: number[][] = recorded.map(() => []);
      const totals: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        let total = 0;
        for (const [j, q] of recorded.entries()) {
          const [plan] = await sql.unsafe(
            `explain (analyze, format json) ${q.query}`,
            q.params as never[],
          );
          const ms = (plan!["QUERY PLAN"] as Array<{ "Execution Time": number }>)[0]![
            "Execution Time"
          ];
          perQuery[j]!.push(ms);
          total += ms;
        }
        totals.push(total);
      }
      const fmt = (values: number[]) => {
        const s = [...values].sort((a, b) => a - b);
        return `median ${percentile(s, 0.5).toFixed(2)} ms, p95 ${percentile(s, 0.95).toFixed(2)} ms`;
      };
      const hits = `${results.content?.items.length ?? 0} content, ${results.threads?.items.length ?? 0} threads, ${results.mentors?.items.length ?? 0} mentors`;
      console.log(`\n"${text}" (${hits}): ${recorded.length} statements, total ${fmt(totals)}`);
      for (const [j, q] of recorded.entries()) {
        const head = q.query.replace(/\s+/g, " ").slice(0, 70);
        console.log(`  ${j + 1}. ${fmt(perQuery[j]!)}  ${head}`);
        if (plans) {
          const lines = await sql.unsafe(
            `explain (analyze, buffers) ${q.query}`,
            q.params as never[],
          );
          for (const line of lines) console.log(`     ${String(line["QUERY PLAN"])}`);
        }
      }
    }
  } finally {
    await sql.end();
    await closeDatabase();
    fs.rmSync(logFile, { force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
