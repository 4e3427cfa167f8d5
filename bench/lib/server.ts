// The production server under test: `next start` in its own process, with the query recorder on
// (db/client.ts), so the benchmark can ask for the SQL one page ran and read the server's memory.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * The V8 heap limit `npm start` gives the server (package.json's start script): the benchmark and
 * the soak measure the server as it ships. A NODE_OPTIONS of the caller's comes after it and wins.
 */
export const START_NODE_OPTIONS = "--max-old-space-size=512";

export const BENCH_SECRET = "bench-only-secret-0123456789abcdefghijklmnop";

export interface RecordedQuery {
  query: string;
  params: unknown[];
}

export interface BenchServer {
  url: string;
  pid: number;
  /** Resident memory of the server process, in MB. */
  rssMb(): number;
  /** CPU time the server process has used so far (user + system), in milliseconds. */
  cpuMs(): number;
  /** The queries run since the last call (the recorder's list is cleared). */
  takeQueries(): Promise<RecordedQuery[]>;
  stop(): Promise<void>;
}

/** Builds once: `.next/BUILD_ID` means a production build is there (CI builds before benchmarking). */
export function ensureBuild(root: string, log: (line: string) => void): void {
  if (fs.existsSync(path.join(root, ".next", "BUILD_ID")) && !process.argv.includes("--build")) {
    log("Using the existing production build (.next); pass --build to rebuild.");
    return;
  }
  log("Building the production app (next build)…");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function startServer(options: {
  root: string;
  port: number;
  databaseUrl: string;
  log: (line: string) => void;
  /** Extra node flags for the server, e.g. ["--cpu-prof"] to profile it. */
  nodeArgs?: string[];
  /** Record the queries (for takeQueries); off for runs that only load the server. */
  recordQueries?: boolean;
}): Promise<BenchServer> {
  const url = `http://localhost:${options.port}`;
  const queryFile = path.join(
    os.tmpdir(),
    `landed-bench-queries-${process.pid}-${options.port}.json`,
  );
  fs.rmSync(queryFile, { force: true });
  // `next start` serves from this very process (no worker), so its pid is the server's.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      path.join(options.root, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(options.port),
    ],
    {
      cwd: options.root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NODE_OPTIONS: `${START_NODE_OPTIONS} ${process.env.NODE_OPTIONS ?? ""}`.trim(),
        DATABASE_URL: options.databaseUrl,
        AUTH_SECRET: BENCH_SECRET,
        APP_URL: url,
        LOG_LEVEL: "error",
        LANDED_QUERY_LOG: options.recordQueries === false ? "" : queryFile,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      const res = await fetch(`${url}/sign-in`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000)
      throw new Error(`next start did not answer in 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  options.log(`Server up on ${url} (pid ${child.pid}) in ${Date.now() - started} ms.`);
  const pid = child.pid!;
  return {
    url,
    pid,
    rssMb() {
      const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      return Math.round(kb / 1024);
    },
    cpuMs() {
      return processCpuMs(pid);
    },
    async takeQueries() {
      const before = fs.existsSync(queryFile) ? fs.statSync(queryFile).mtimeMs : 0;
      fs.rmSync(queryFile, { force: true });
      process.kill(pid, "SIGUSR2");
      for (let i = 0; i < 100; i++) {
        if (fs.existsSync(queryFile) && fs.statSync(queryFile).mtimeMs >= before) {
          try {
            return JSON.parse(fs.readFileSync(queryFile, "utf8")) as RecordedQuery[];
          } catch {
            // half-written: read again
          }
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error("the server did not write its query log (is LANDED_QUERY_LOG honoured?)");
    },
    async stop() {
      child.kill("SIGINT");
      await new Promise((r) => child.once("exit", r));
      fs.rmSync(queryFile, { force: true });
    },
  };
}

/** User + system CPU time of a process from /proc/<pid>/stat (fields 14 and 15, in clock ticks). */
export function processCpuMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1000) / CLOCK_TICKS;
}

const CLOCK_TICKS = Number(
  spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim() || 100,
);
