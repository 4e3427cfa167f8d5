// `npm run bench -- --servers N`: N `next start` processes of the same build on one PostgreSQL,
// behind HAProxy from Debian's packages (round robin, no sticky sessions), measured as one server
// through the balancer. Proves that nothing a request needs lives in one process's memory, and
// gives the N-server ratio honestly (the load generator, PostgreSQL and every server share the
// machine's cores).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer, type BenchServer } from "./server";

export interface BalancedServers extends BenchServer {
  /** The servers behind the balancer, each reachable directly. */
  members: BenchServer[];
}

function haproxyBinary(): string {
  for (const candidate of ["/usr/sbin/haproxy", "/usr/bin/haproxy"]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  const found = spawnSync("sh", ["-c", "command -v haproxy"], { encoding: "utf8" }).stdout.trim();
  if (found) return found;
  throw new Error("--servers needs HAProxy: apt-get install haproxy");
}

export async function startBalancedServers(options: {
  root: string;
  /** The balancer's port; the servers take the next ones. */
  port: number;
  count: number;
  databaseUrl: string;
  log: (line: string) => void;
}): Promise<BalancedServers> {
  const members: BenchServer[] = [];
  // One after the other: the first migrates, the others find nothing to do.
  for (let i = 1; i <= options.count; i++) {
    members.push(
      await startServer({
        root: options.root,
        port: options.port + i,
        databaseUrl: options.databaseUrl,
        log: options.log,
      }),
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "landed-haproxy-"));
  const config = path.join(dir, "haproxy.cfg");
  fs.writeFileSync(
    config,
    [
      "global",
      "  maxconn 4096",
      "defaults",
      "  mode http",
      "  timeout connect 5s",
      "  timeout client 60s",
      "  timeout server 60s",
      "frontend landed",
      `  bind 127.0.0.1:${options.port}`,
      "  default_backend servers",
      "backend servers",
      "  balance roundrobin",
      ...members.map(
        (m, i) => `  server s${i + 1} ${new URL(m.url).host.replace("localhost", "127.0.0.1")}`,
      ),
      "",
    ].join("\n"),
  );
  const haproxy: ChildProcess = spawn(haproxyBinary(), ["-f", config, "-db"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  haproxy.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  haproxy.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://localhost:${options.port}`;
  for (let tries = 0; ; tries++) {
    if (haproxy.exitCode !== null) throw new Error(`haproxy exited:\n${output}`);
    try {
      if ((await fetch(`${url}/sign-in`)).ok) break;
    } catch {
      // not listening yet
    }
    if (tries > 100) throw new Error(`haproxy did not answer:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  options.log(`HAProxy on ${url}, round robin over ${members.map((m) => m.url).join(", ")}.`);
  return {
    url,
    pid: members[0]!.pid,
    members,
    rssMb: () => Math.max(...members.map((m) => m.rssMb())),
    cpuMs: () => members.reduce((sum, m) => sum + m.cpuMs(), 0),
    async takeQueries() {
      const all = [];
      for (const m of members) all.push(...(await m.takeQueries()));
      return all;
    },
    async stop() {
      haproxy.kill("SIGTERM");
      await new Promise((r) => (haproxy.exitCode !== null ? r(null) : haproxy.once("exit", r)));
      for (const m of members) await m.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
