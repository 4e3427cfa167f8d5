// `npm run bench` (docs/performance.md): the production build on PostgreSQL with the scale data
// set, driven by autocannon from this process, signed in as a seeded applicant. Prints one table
// (requests/s, p50/p95/p99, errors, throughput as a ratio of the static baseline, the SQL queries
// each page ran and their time inside the database), writes it to bench/results/bench-postgres.json,
// then runs Lighthouse and the first-load JavaScript of the member pages (bench/lib/browser.ts) and
// the matching benchmark (bench/matching.ts).
//
//   DATABASE_URL=postgres://… npm run bench [-- --scale 1] [--duration 10] [--connections 20]
//                                            [--build] [--no-lighthouse] [--no-matching]
//                                            [--dump-queries]  (each page's SQL to bench/results/queries/)
//                                            [--only <text>]  (the baseline and the scenarios whose name holds it)
//                                            [--servers N]  (N servers behind HAProxy: bench/lib/balancer.ts)
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { lighthouseAndBundles, memberPages, type BrowserReport } from "./lib/browser";
import { flag, option, optionText } from "./lib/args";
import { startBalancedServers, type BalancedServers } from "./lib/balancer";
import { runLoad, type LoadResult } from "./lib/load";
import {
  BENCH_SECRET,
  ensureBuild,
  startServer,
  type BenchServer,
  type RecordedQuery,
} from "./lib/server";
import { mintSessionCookie, signInInBrowser, type CapturedAction } from "./lib/session";
import { sessionSettings } from "@/db/session-settings";
import { encodeCommunityCursor } from "@/lib/community/cursor";
import { publicCategorySlugs } from "@/lib/community/vocabulary";
import { env } from "@/lib/env";

const root = path.resolve(import.meta.dirname, "..");

const SCALE = option("scale", 1);
const DURATION = option("duration", 10);
const CONNECTIONS = option("connections", 20);
const SERVERS = option("servers", 1);
const WARM_UP = 3;
const REPLY_RATE = 20;
const PORT = 3500;
const APPLICANT = "priya@example.com";
const PASSWORD = "landed-demo-2026";
const log = (line: string) => console.log(line);

interface Scenario {
  name: string;
  path: string;
  /** Signed in as the applicant unless false (a visitor). */
  signedIn?: boolean;
  /** The status every answer must have (200 unless told). */
  status?: number;
  target?: string;
}

interface Row extends LoadResult {
  name: string;
  ratio: number;
  /** Server CPU time (user + system) per answered request during the measured run. */
  cpuMsPerRequest: number | null;
  /** cpuMsPerRequest as a multiple of the baseline's. */
  cpuRatio: number | null;
  queries: number | null;
  dbMs: number | null;
  target?: string;
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error(
      "npm run bench measures on PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/landed_bench). " +
        "It seeds the scale data set there if it is missing; use a database you can throw away.",
    );
  }
  // The queries are explained under the server's own session settings (parallel query among
  // them), with no time limit.
  const sql = postgres(databaseUrl, {
    max: 2,
    onnotice: () => {},
    connection: sessionSettings({
      statementTimeoutMs: 0,
      idleInTransactionTimeoutMs: 0,
      parallelWorkers: env().DATABASE_PARALLEL_WORKERS,
    }),
  });
  try {
    await seedIfNeeded(sql, databaseUrl);
    ensureBuild(root, log);
    const server =
      SERVERS > 1
        ? await startBalancedServers({ root, port: PORT, count: SERVERS, databaseUrl, log })
        : await startServer({ root, port: PORT, databaseUrl, log });
    try {
      await benchmark(server, sql);
    } finally {
      await server.stop();
    }
  } finally {
    await sql.end();
  }
  if (!flag("no-matching")) {
    log("\nMatching alone (bench/matching.ts, a throwaway database on the same server):");
    spawnSync("npx", ["tsx", "bench/matching.ts"], { cwd: root, stdio: "inherit" });
  }
}

async function seedIfNeeded(sql: postgres.Sql, databaseUrl: string) {
  const expected = Math.round(20_000 * SCALE);
  const [row] = await sql<{ n: number }[]>`
    select count(*)::int as n from information_schema.tables where table_name = 'users'`;
  const members = row!.n
    ? (
        await sql<
          { n: number }[]
        >`select count(*)::int as n from users where email like '%@scale.landed.test'`
      )[0]!.n
    : 0;
  if (members >= expected) {
    log(`Scale data set present (${members.toLocaleString("en-US")} scale members).`);
    return;
  }
  log(`Seeding the scale ${SCALE} data set (npm run db:seed -- --scale ${SCALE})…`);
  const result = spawnSync("npx", ["tsx", "db/cli.ts", "seed", "--scale", String(SCALE)], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  if (result.status !== 0) throw new Error("seeding the scale data set failed");
}

async function benchmark(server: BenchServer, sql: postgres.Sql) {
  const [thread] = await sql<{ id: string; slug: string }[]>`
    select id, slug from community_threads
    where reply_count = 50 and idempotency_key like 'scale-%'
      and hidden_at is null and deleted_at is null and not anonymous
    order by created_at desc limit 1`;
  if (!thread) throw new Error("no thread with 50 replies: is the scale data set seeded?");
  const threadPath = `/community/${thread.id}/${thread.slug}`;

  log(`Signing in as ${APPLICANT} in Chromium and capturing a reply submit…`);
  const session = await signInInBrowser({
    baseUrl: server.url,
    email: APPLICANT,
    password: PASSWORD,
    threadPath,
  });
  // What a browser sends for a page load (the visitors' cache answers only those).
  const page = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };
  const headers = { ...page, cookie: session.cookie };
  const page1000 = await keysetCursor(sql, 1000);

  const bigThreadPath = await threadWithReplies(sql, 500);
  const libraryPath = await libraryItemPath(sql);
  const publicMentor = await mentorPath(sql);
  const missingSpace = "/mentorships/00000000-0000-4000-8000-000000000000";

  const scenarios: Scenario[] = [
    { name: "static page (baseline): /sign-in", path: "/sign-in", signedIn: false },
    {
      name: "member layout alone (a member 404)",
      path: missingSpace,
      status: 404,
      target: "CPU ≤1.2× the baseline's",
    },
    { name: "feed, first page (10 items)", path: "/feed", target: "≥0.5×" },
    { name: "mentor matches (top 10)", path: "/mentors", target: "≥0.5×" },
    { name: "thread with 50 replies", path: threadPath, target: "≥0.5×" },
    { name: "thread with 500 replies", path: bigThreadPath, target: "= 50 replies" },
    { name: "search", path: "/search?q=recommendation+letters", target: "≥0.4×, db p95 ≤30 ms" },
    { name: "keyset list, page 1", path: "/community", target: "≥0.7×" },
    {
      name: "keyset list, page 1,000",
      path: `/community?cursor=${encodeURIComponent(page1000)}`,
      target: "≥0.7×",
    },
    { name: "visitor: landing", path: "/", signedIn: false, target: "≥2×" },
    { name: "visitor: community list", path: "/community", signedIn: false, target: "≥2×" },
    { name: "visitor: thread", path: threadPath, signedIn: false, target: "≥2×" },
    { name: "visitor: library item", path: libraryPath, signedIn: false, target: "≥2×" },
    { name: "visitor: mentor page", path: publicMentor, signedIn: false, target: "≥2×" },
  ];
  const only = optionText("only");

  const rows: Row[] = [];
  for (const scenario of scenarios) {
    if (only && rows.length && !scenario.name.includes(only)) continue;
    const url = server.url + scenario.path;
    const h = scenario.signedIn === false ? page : headers;
    const status = scenario.status ?? 200;
    const probe = await fetch(url, { headers: h, redirect: "manual" });
    if (probe.status !== status)
      throw new Error(`${scenario.path} answered ${probe.status} (not ${status}) before the load`);
    await probe.text();
    // Counted on a quiet server (after one request has warmed it), before any load is in flight.
    const { queries, dbMs } = await measureQueries(server, sql, url, h);
    const accept = (s: number) => s === status;
    await runLoad({ url, connections: CONNECTIONS, durationSeconds: WARM_UP, headers: h, accept });
    const cpuBefore = server.cpuMs();
    const result = await runLoad({
      url,
      connections: CONNECTIONS,
      durationSeconds: DURATION,
      headers: h,
      accept,
    });
    const cpuMsPerRequest = round2((server.cpuMs() - cpuBefore) / Math.max(1, result.requests));
    rows.push({
      name: scenario.name,
      ...result,
      ratio: 0,
      cpuMsPerRequest,
      cpuRatio: 0,
      queries,
      dbMs,
      target: scenario.target,
    });
    log(
      `  ${scenario.name}: ${result.requestsPerSecond} req/s, p95 ${result.p95} ms, ${cpuMsPerRequest} ms CPU a request, ${queries} queries`,
    );
  }

  const searchDb = await searchInsideDatabase(
    server,
    sql,
    `${server.url}/search?q=recommendation+letters`,
    headers,
  );
  const crossServer =
    "members" in server ? await crossServerCheck(server as BalancedServers, sql, session) : null;
  const replies = await replyScenario(server, sql, session.reply, thread.id);
  rows.push(replies.row);
  log(`  ${replies.row.name}: ${replies.row.requestsPerSecond} req/s, p95 ${replies.row.p95} ms`);

  const baseline = rows[0]!.requestsPerSecond || 1;
  const baselineCpu = rows[0]!.cpuMsPerRequest || 1;
  for (const row of rows) {
    row.ratio = round2(row.requestsPerSecond / baseline);
    row.cpuRatio = row.cpuMsPerRequest === null ? null : round2(row.cpuMsPerRequest / baselineCpu);
  }
  const rssMb = server.rssMb();

  printTable(rows);
  log(
    `\nSearch inside the database (EXPLAIN ANALYZE, 20 runs of the page's queries): p95 ${searchDb.p95} ms, median ${searchDb.median} ms`,
  );
  log(
    `Replies: ${replies.accepted} accepted in the measured run; ${replies.created} rows written in all (probe, warm-up, load, double submits), duplicates: ${replies.duplicates}; double submits (same key twice at once): ${replies.doubleSubmits.sent} sent, ${replies.doubleSubmits.rows} rows`,
  );
  log(
    `Replies' p95 is ${round2(replies.row.p95 / (rows[0]!.p95 || 1))}× the baseline's p95 (target ≤3×).`,
  );
  log(`Server memory (RSS) at the end: ${rssMb} MB${SERVERS > 1 ? " (the largest server)" : ""}`);
  if (crossServer) {
    log(
      `Across servers: a reply posted through ${crossServer.writer} shows on ${crossServer.reader}'s next view: signed out ${crossServer.visitor ? "yes" : "NO"}, signed in ${crossServer.member ? "yes" : "NO"}`,
    );
    if (!crossServer.visitor || !crossServer.member) process.exitCode = 1;
  }

  let browser: BrowserReport | null = null;
  if (!flag("no-lighthouse")) {
    browser = await lighthouseAndBundles({
      baseUrl: server.url,
      cookie: session.cookie,
      pages: [
        { name: "landing", path: "/", signedIn: false },
        { name: "feed", path: "/feed", signedIn: true },
        { name: "thread", path: threadPath, signedIn: true },
        { name: "mentor profile", path: await mentorPath(sql), signedIn: true },
      ],
      memberPages: memberPages(threadPath),
      log,
    });
  }

  const report = {
    date: new Date().toISOString(),
    database: "PostgreSQL",
    scale: SCALE,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    machine: { cpus: (await import("node:os")).cpus().length, node: process.version },
    servers: SERVERS,
    crossServer,
    scenarios: rows,
    searchInsideDatabase: searchDb,
    replies: {
      created: replies.created,
      accepted: replies.accepted,
      duplicates: replies.duplicates,
      doubleSubmits: replies.doubleSubmits,
    },
    serverRssMb: rssMb,
    browser,
  };
  const out = path.join(root, "bench/results/bench-postgres.json");
  fs.writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
  log(`\nWritten to ${path.relative(root, out)}`);
}

/** The cursor that opens page `page` of the community list (latest activity first, 20 a page). */
async function keysetCursor(sql: postgres.Sql, page: number): Promise<string> {
  const [row] = await sql<{ v: string; id: string }[]>`
    select last_activity_at::text as v, id from community_threads
    where deleted_at is null and hidden_at is null
    order by last_activity_at desc, id desc offset ${(page - 1) * 20 - 1} limit 1`;
  if (!row) throw new Error(`the community list has fewer than ${page} pages`);
  return encodeCommunityCursor({ s: "latest", v: row.v, id: row.id });
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A thread with at least `replies` replies: the scale data set's largest threads have 50, so the
 * first run copies the replies of a 50-reply thread into it until it has enough (marked by its
 * idempotency key, so later runs find it again).
 */
async function threadWithReplies(sql: postgres.Sql, replies: number): Promise<string> {
  const key = `bench-${replies}-replies`;
  const [existing] = await sql<{ id: string; slug: string }[]>`
    select id, slug from community_threads where idempotency_key = ${key}`;
  if (existing) return `/community/${existing.id}/${existing.slug}`;
  const [source] = await sql<{ id: string }[]>`
    select id from community_threads
    where reply_count = 50 and idempotency_key like 'scale-%'
      and hidden_at is null and deleted_at is null and not anonymous and accepted_post_id is null
    order by created_at limit 1`;
  if (!source) throw new Error("no 50-reply thread to grow into a 500-reply one");
  const threadColumns = await columnsOf(sql, "community_threads");
  const postColumns = await columnsOf(sql, "community_posts");
  const threadValues = threadColumns.map((c) =>
    c === "idempotency_key" ? "$2" : c === "title" ? "left(title, 130) || ' (long thread)'" : c,
  );
  // Round 0 copies the opening post too; each later round only the replies, an hour later.
  const postValues = (round: number) =>
    postColumns.map((c) =>
      c === "thread_id"
        ? "$2::uuid"
        : c === "idempotency_key"
          ? `'${key}-${round}-' || id`
          : c === "created_at" || c === "updated_at"
            ? `${c} + interval '${round} hours'`
            : c,
    );
  return sql.begin(async (tx) => {
    const [thread] = await tx.unsafe<{ id: string; slug: string }[]>(
      `insert into community_threads (${threadColumns.join(", ")})
       select ${threadValues.join(", ")} from community_threads where id = $1
       returning id, slug`,
      [source.id, key],
    );
    for (let round = 0; round < Math.ceil(replies / 50); round++) {
      await tx.unsafe(
        `insert into community_posts (${postColumns.join(", ")})
         select ${postValues(round).join(", ")} from community_posts
         where thread_id = $1 ${round ? "and not is_opening" : ""}`,
        [source.id, thread!.id],
      );
    }
    await tx.unsafe(
      `update community_threads set reply_count =
         (select count(*) from community_posts where thread_id = $1 and not is_opening)
       where id = $1`,
      [thread!.id],
    );
    return `/community/${thread!.id}/${thread!.slug}`;
  });
}

/** The columns of a table a copy should carry: all but the key and the generated ones. */
async function columnsOf(sql: postgres.Sql, table: string): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select column_name as name from information_schema.columns
    where table_name = ${table} and column_name <> 'id' and is_generated = 'NEVER'
      and column_default is distinct from 'gen_random_uuid()'
    order by ordinal_position`;
  return rows.map((r) => r.name);
}

async function libraryItemPath(sql: postgres.Sql): Promise<string> {
  const [row] = await sql<{ id: string; slug: string }[]>`
    select id, slug from content_items where status = 'published' and kind = 'guide'
    order by published_at desc limit 1`;
  if (!row) throw new Error("no published guide: is the data set seeded?");
  return `/library/${row.id}/${row.slug}`;
}

async function mentorPath(sql: postgres.Sql): Promise<string> {
  const [row] = await sql<
    { handle: string }[]
  >`select handle from users where email = 'arjun@example.com'`;
  return `/mentors/${row!.handle}`;
}

function isReadOnly(q: RecordedQuery): boolean {
  return /^\s*(select|with)\b/i.test(q.query) && !/\b(insert|update|delete)\b/i.test(q.query);
}

async function explainMs(sql: postgres.Sql, queries: RecordedQuery[]): Promise<number> {
  let total = 0;
  for (const q of queries.filter(isReadOnly)) {
    const [plan] = await sql.unsafe(
      `explain (analyze, format json) ${q.query}`,
      q.params as never[],
    );
    total += (
      plan!["QUERY PLAN"] as Array<{ "Execution Time": number; "Planning Time": number }>
    )[0]!["Execution Time"];
  }
  return Math.round(total * 100) / 100;
}

/** With --dump-queries, each counted page's SQL goes to bench/results/queries/ (not committed). */
function dumpQueries(name: string, queries: RecordedQuery[]): void {
  if (!flag("dump-queries")) return;
  const dir = path.join(root, "bench/results/queries");
  fs.mkdirSync(dir, { recursive: true });
  const text = queries.map((q, i) => `-- ${i + 1}\n${q.query};\n`).join("\n");
  fs.writeFileSync(path.join(dir, `${name.replace(/[^a-z0-9]+/gi, "_") || "root"}.sql`), text);
}

/** Waits until the server has run no query for half a second (the last load's requests are done). */
async function settle(server: BenchServer): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await server.takeQueries();
    await new Promise((r) => setTimeout(r, 500));
    if ((await server.takeQueries()).length === 0) return;
  }
}

async function measureQueries(
  server: BenchServer,
  sql: postgres.Sql,
  url: string,
  headers?: Record<string, string>,
): Promise<{ queries: number; dbMs: number }> {
  await settle(server);
  const res = await fetch(url, { headers });
  await res.text();
  const recorded = await server.takeQueries();
  dumpQueries(new URL(url).pathname, recorded);
  return { queries: recorded.length, dbMs: await explainMs(sql, recorded) };
}

async function searchInsideDatabase(
  server: BenchServer,
  sql: postgres.Sql,
  url: string,
  headers: Record<string, string>,
): Promise<{ median: number; p95: number }> {
  await settle(server);
  await (await fetch(url, { headers })).text();
  const recorded = await server.takeQueries();
  const times: number[] = [];
  for (let i = 0; i < 20; i++) times.push(await explainMs(sql, recorded));
  times.sort((a, b) => a - b);
  return { median: times[9]!, p95: times[18]! };
}

async function replyScenario(
  server: BenchServer,
  sql: postgres.Sql,
  template: { url: string; headers: Record<string, string>; body: string },
  capturedThreadId: string,
) {
  // Enough writers that none posts twice inside the posting gap.
  const needed = REPLY_RATE * (DURATION + WARM_UP) + 50;
  const writers = await sql<{ id: string; email: string; name: string; sv: number }[]>`
    select id, email, display_name as name, session_version as sv from users
    where email like '%@scale.landed.test' and status = 'active'
    order by email offset 100 limit ${needed}`;
  const cookies = await Promise.all(
    writers.map((w) =>
      mintSessionCookie(BENCH_SECRET, {
        id: w.id,
        email: w.email,
        name: w.name,
        sessionVersion: w.sv,
      }),
    ),
  );
  const threads = await sql<{ id: string }[]>`
    select id from community_threads where idempotency_key like 'scale-%' and locked_at is null
      and hidden_at is null and deleted_at is null and category <> 'off-topic'
    order by created_at desc limit 200`;
  const marker = `bench-${randomUUID().slice(0, 8)}`;
  const headers = replyHeaders(template);
  let n = 0;
  const build = (writer: number, key: string, thread: string) =>
    fillReplyForm(template, {
      key,
      body: `Load test reply ${marker} number ${n}: what worked for my judging evidence was a list of every review I did.`,
      threadId: thread,
    });
  const path = new URL(template.url).pathname.replace(capturedThreadId, capturedThreadId);
  const setupRequest = (request: {
    path?: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
  }) => {
    const i = n++;
    // The last 21 writers are kept for the one-reply probe and the double submits below.
    const writer = i % (cookies.length - 21);
    return {
      ...request,
      method: "POST",
      path,
      headers: { ...headers, cookie: cookies[writer]! },
      body: build(writer, randomUUID(), threads[i % threads.length]!.id),
    };
  };
  const accept = (s: number) => s === 200 || s === 303;
  // The SQL of one reply, from a writer the load does not use.
  await settle(server);
  const probe = await fetch(template.url, {
    method: "POST",
    headers: { ...headers, cookie: cookies.at(-21)! },
    body: build(0, randomUUID(), threads[0]!.id),
  });
  await probe.text();
  const replyRecorded = await server.takeQueries();
  dumpQueries("reply", replyRecorded);
  const replyQueries = replyRecorded.length;
  if (!accept(probe.status)) throw new Error(`a reply answered ${probe.status}`);
  await runLoad({
    url: server.url,
    connections: CONNECTIONS,
    durationSeconds: WARM_UP,
    overallRate: REPLY_RATE,
    setupRequest: setupRequest as never,
    accept,
  });
  const result = await runLoad({
    url: server.url,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    overallRate: REPLY_RATE,
    setupRequest: setupRequest as never,
    accept,
  });
  // Double submits: the same form (same key) sent twice at once, by fresh writers.
  const doubleKeys: string[] = [];
  const doubleAnswers: number[] = [];
  const doubles = cookies.slice(-20).map(async (cookie, i) => {
    const key = randomUUID();
    doubleKeys.push(key);
    const body = build(i, key, threads[i]!.id);
    const answers = await Promise.all(
      [0, 1].map(() =>
        fetch(template.url, { method: "POST", headers: { ...headers, cookie }, body }).then(
          async (r) => ({ status: r.status, text: await r.text() }),
        ),
      ),
    );
    doubleAnswers.push(...answers.map((a) => a.status));
  });
  await Promise.all(doubles);
  const [created] = await sql<{ n: number; keys: number }[]>`
    select count(*)::int as n, count(distinct (author_id, idempotency_key))::int as keys
    from community_posts where body like ${`%${marker}%`}`;
  const [doubleRows] = await sql<{ n: number }[]>`
    select count(*)::int as n from community_posts where idempotency_key in ${sql(doubleKeys)}`;
  const accepted = Object.entries(result.statuses)
    .filter(([s]) => accept(Number(s)))
    .reduce((a, [, c]) => a + c, 0);
  return {
    row: {
      name: `create a reply at ${REPLY_RATE}/s`,
      ...result,
      ratio: 0,
      cpuMsPerRequest: null,
      cpuRatio: null,
      queries: replyQueries,
      dbMs: null,
      target: "p95 ≤3× the baseline's p95, no duplicates",
    } satisfies Row,
    created: created!.n,
    accepted,
    duplicates: created!.n - created!.keys,
    doubleSubmits: { sent: doubleKeys.length * 2, rows: doubleRows!.n, statuses: doubleAnswers },
  };
}

/** The captured reply submit's headers, without those each request sets itself. */
function replyHeaders(template: CapturedAction): Record<string, string> {
  return Object.fromEntries(
    Object.entries(template.headers).filter(
      ([k]) => !["content-length", "cookie", "host"].includes(k),
    ),
  );
}

/** The captured reply form with a new idempotency key, text and thread. */
function fillReplyForm(
  template: CapturedAction,
  fields: { key: string; body: string; threadId: string },
): string {
  const keyField = /(name="[^"]*idempotencyKey"\r\n\r\n)([^\r]+)/;
  const bodyField = /(name="[^"]*body"\r\n\r\n)([^\r]*)/;
  const threadField = /(name="[^"]*threadId"\r\n\r\n)([^\r]+)/;
  if (!keyField.test(template.body) || !bodyField.test(template.body)) {
    throw new Error("the captured reply submit has no idempotencyKey/body fields");
  }
  return template.body
    .replace(keyField, `$1${fields.key}`)
    .replace(bodyField, `$1${fields.body}`)
    .replace(threadField, `$1${fields.threadId}`);
}

/**
 * With --servers: a reply posted straight to the first server shows on the second's very next
 * view of the thread, signed out (the visitors' cache) and signed in.
 */
async function crossServerCheck(
  servers: BalancedServers,
  sql: postgres.Sql,
  session: { cookie: string; reply: CapturedAction },
) {
  const [a, b] = servers.members;
  const [thread] = await sql<{ id: string; slug: string }[]>`
    select id, slug from community_threads
    where reply_count between 1 and 10 and locked_at is null and hidden_at is null
      and deleted_at is null and not anonymous and category in ${sql([...publicCategorySlugs])}
    order by last_activity_at desc limit 1`;
  if (!thread) throw new Error("no small public thread for the cross-server check");
  const threadPath = `/community/${thread.id}/${thread.slug}`;
  const page = { accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8" };
  // B has the page cached for visitors before the reply.
  for (let i = 0; i < 3; i++) await (await fetch(b!.url + threadPath, { headers: page })).text();
  const words = ["judging", "letters", "exhibits", "reviews", "citations", "awards"];
  const text = `Cross-server check: ${words.sort(() => Math.random() - 0.5).join(" ")} (${randomUUID().replace(/[0-9-]/g, "")}).`;
  // A seeded member the reply scenario does not use (it takes members from the 101st on).
  const [w] = await sql<{ id: string; email: string; name: string; sv: number }[]>`
    select id, email, display_name as name, session_version as sv from users
    where email like '%@scale.landed.test' and status = 'active'
    order by email offset ${Math.floor(Math.random() * 90)} limit 1`;
  const writer = await mintSessionCookie(BENCH_SECRET, {
    id: w!.id,
    email: w!.email,
    name: w!.name,
    sessionVersion: w!.sv,
  });
  const posted = await fetch(a!.url + new URL(session.reply.url).pathname, {
    method: "POST",
    headers: { ...replyHeaders(session.reply), cookie: writer },
    body: fillReplyForm(session.reply, { key: randomUUID(), body: text, threadId: thread.id }),
  });
  await posted.text();
  if (posted.status !== 200 && posted.status !== 303) {
    throw new Error(`the cross-server reply answered ${posted.status}`);
  }
  const escaped = text.replace(/'/g, "&#x27;");
  const seen = async (headers: Record<string, string>) => {
    const body = await (await fetch(b!.url + threadPath, { headers })).text();
    return body.includes(escaped) || body.includes(text);
  };
  return {
    writer: a!.url,
    reader: b!.url,
    visitor: await seen(page),
    member: await seen({ ...page, cookie: session.cookie }),
  };
}

function printTable(rows: Row[]) {
  const header = [
    "scenario",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "× baseline",
    "CPU ms/req",
    "CPU ×",
    "queries",
    "db ms",
    "target",
  ];
  const body = rows.map((r) => [
    r.name,
    String(r.requestsPerSecond),
    String(r.p50),
    String(r.p95),
    String(r.p99),
    String(r.errors),
    r.ratio.toFixed(2),
    r.cpuMsPerRequest === null ? "–" : r.cpuMsPerRequest.toFixed(2),
    r.cpuRatio === null ? "–" : r.cpuRatio.toFixed(2),
    r.queries === null ? "–" : String(r.queries),
    r.dbMs === null ? "–" : String(r.dbMs),
    r.target ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === 0 || i === header.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!),
      )
      .join("  ");
  log("");
  log(line(header));
  log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const b of body) log(line(b));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
