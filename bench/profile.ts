// `npx tsx bench/profile.ts <path> [--visitor] [--seconds 10]`: one page under load with the
// server's CPU profiled (node --cpu-prof), then the top functions and packages by self time.
// For finding what a page spends its CPU on before changing it (docs/performance.md).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { flag, option } from "./lib/args";
import { runLoad } from "./lib/load";
import { BENCH_SECRET, startServer } from "./lib/server";
import { mintSessionCookie } from "./lib/session";

const root = path.resolve(import.meta.dirname, "..");
const target = process.argv.slice(2).find((a) => a.startsWith("/")) ?? "/feed";

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("set DATABASE_URL (the benchmark's database)");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "landed-prof-"));
  const server = await startServer({
    root,
    port: 3510,
    databaseUrl,
    log: console.log,
    nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
    recordQueries: false,
  });
  let headers: Record<string, string> | undefined;
  if (!flag("visitor")) {
    const sql = postgres(databaseUrl, { max: 1 });
    const [u] = await sql<{ id: string; email: string; name: string; sessionVersion: number }[]>`
      select id, email, display_name as name, session_version as "sessionVersion"
      from users where email = 'priya@example.com'`;
    await sql.end();
    headers = { cookie: await mintSessionCookie(BENCH_SECRET, u!) };
  }
  const url = server.url + target;
  const status = (await fetch(url, { headers, redirect: "manual" })).status;
  await runLoad({ url, connections: 10, durationSeconds: 3, headers, accept: (s) => s === status });
  const result = await runLoad({
    url,
    connections: 10,
    durationSeconds: option("seconds", 10),
    headers,
    accept: (s) => s === status,
  });
  await server.stop();
  console.log(
    `${target}: ${result.requestsPerSecond} req/s (status ${status}), ${result.requests} requests`,
  );
  const file = fs.readdirSync(dir).find((f) => f.endsWith(".cpuprofile"))!;
  summarise(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")), result.requests);
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function summarise(
  profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] },
  requests: number,
) {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFn = new Map<string, number>();
  const byPkg = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    const pkg =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      (url.includes(".next/server")
        ? "app (.next/server)"
        : url.startsWith("node:")
          ? url
          : url
            ? "other"
            : functionName || "(vm)");
    const name = `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber}`;
    byFn.set(name, (byFn.get(name) ?? 0) + t);
    byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)} %  ${k}`)
      .join("\n");
  console.log(
    `\nBy package (self time):\n${top(byPkg, 20)}\n\nBy function (self time):\n${top(byFn, 40)}`,
  );
  const out = process.env.PROFILE_JSON;
  if (out)
    fs.writeFileSync(
      out,
      JSON.stringify({
        total,
        requests,
        byFn: Object.fromEntries(byFn),
        byPkg: Object.fromEntries(byPkg),
      }),
    );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
