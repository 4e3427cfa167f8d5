// `npm run bench:soak` (issues 8 and 19): the feed at half its target rate (75 requests/s) for 10 minutes
// against the production build on PostgreSQL, signed in as a seeded applicant. Passes when the
// server's memory grew less than 5 % (issue 19; 10 % before) from the end of the warm-up to the end, and under 0.1 % of
// requests failed. A script, not part of the test run (it takes 10 minutes by design).
//
//   DATABASE_URL=postgres://… npm run bench:soak [-- --minutes 10] [--rate 75]
import path from "node:path";
import { option } from "./lib/args";
import { runLoad } from "./lib/load";
import { ensureBuild, startServer } from "./lib/server";
import { signInInBrowser } from "./lib/session";

const root = path.resolve(import.meta.dirname, "..");
const MINUTES = option("minutes", 10);
const RATE = option("rate", 75);
const log = (line: string) => console.log(line);

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl)
    throw new Error(
      "npm run bench:soak runs on PostgreSQL: set DATABASE_URL (seed it with `npm run db:seed -- --scale 1`).",
    );
  ensureBuild(root, log);
  const server = await startServer({ root, port: 3501, databaseUrl, log, recordQueries: false });
  try {
    const session = await signInInBrowser({
      baseUrl: server.url,
      email: "priya@example.com",
      password: "landed-demo-2026",
      threadPath: undefined,
    });
    const headers = { cookie: session.cookie };
    const url = `${server.url}/feed`;
    log("Warm-up: 30 s at the soak rate…");
    await runLoad({ url, connections: 20, durationSeconds: 30, headers, overallRate: RATE });
    const rssStart = server.rssMb();
    log(`RSS after warm-up: ${rssStart} MB. Soaking for ${MINUTES} min at ${RATE} req/s…`);
    let requests = 0;
    let errors = 0;
    let rssEnd = rssStart;
    // One-minute slices, so memory is seen as it moves (a leak shows as a steady climb).
    for (let minute = 1; minute <= MINUTES; minute++) {
      const r = await runLoad({
        url,
        connections: 20,
        durationSeconds: 60,
        headers,
        overallRate: RATE,
      });
      requests += r.requests;
      errors += r.errors;
      rssEnd = server.rssMb();
      log(
        `  minute ${minute}: ${r.requestsPerSecond} req/s, p95 ${r.p95} ms, errors ${r.errors}, RSS ${rssEnd} MB`,
      );
    }
    const growth = (rssEnd - rssStart) / rssStart;
    const errorRate = requests ? errors / requests : 1;
    log(
      `\nSoak: ${requests} requests, error rate ${(errorRate * 100).toFixed(3)} % (limit 0.1 %), memory ${rssStart} → ${rssEnd} MB (${(growth * 100).toFixed(1)} %, limit 5 %)`,
    );
    const ok = growth < 0.05 && errorRate < 0.001;
    log(ok ? "PASS" : "FAIL");
    process.exitCode = ok ? 0 : 1;
  } finally {
    await server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
