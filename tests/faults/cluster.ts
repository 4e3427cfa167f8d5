// A private PostgreSQL cluster for the fault tests: its own data folder, port and sockets, so a
// test can stop and start it (or kill its connections) without touching any other server.
// Debian's binaries (/usr/lib/postgresql/<version>/bin); as root, the server runs as `postgres`.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface ClusterInfo {
  /** The folder holding data/, the log and the unix sockets. */
  dir: string;
  port: number;
  bin: string;
}

export const FAULTS_PG_PORT = Number(process.env.FAULTS_PG_PORT ?? 55433);
/** Migrated once per run by global-setup.ts; each test file works in a copy of it. */
export const TEMPLATE_DATABASE = "landed_faults_template";

function findBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, "bin", "pg_ctl")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error(
      "No PostgreSQL server binaries in /usr/lib/postgresql/*/bin: `apt-get install postgresql`, or set PG_BIN.",
    );
  }
  return path.join(root, versions[0], "bin");
}

const asRoot = process.getuid?.() === 0;
const CLUSTER_PREFIX = "landed-faults-pg-";

/** Runs a PostgreSQL binary as the `postgres` OS user when we are root (initdb refuses root). */
function run(cluster: Pick<ClusterInfo, "bin">, tool: string, args: string[]): string {
  const exe = path.join(cluster.bin, tool);
  const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", exe, ...args]] : [exe, args];
  const result = spawnSync(cmd, argv, { encoding: "utf8", timeout: 120_000 });
  if (result.status !== 0) {
    throw new Error(
      `${tool} ${args.join(" ")} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function portInUse(port: number): boolean {
  const r = spawnSync("bash", ["-c", `exec 3<>/dev/tcp/127.0.0.1/${port}`], { stdio: "ignore" });
  return r.status === 0;
}

function ownerAlive(dir: string): boolean {
  try {
    process.kill(Number(fs.readFileSync(path.join(dir, "owner.pid"), "utf8")), 0);
    return true;
  } catch {
    return false;
  }
}

/** A cluster of an earlier run that was killed before its teardown (CI timeout, Ctrl-C): removed. */
function removeLeftovers(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(CLUSTER_PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    if (ownerAlive(dir)) continue; // another run, still going
    try {
      destroyCluster({ dir, port: 0, bin: findBin() });
    } catch (err) {
      console.warn(`Could not remove the leftover fault-test cluster in ${dir}:`, err);
    }
  }
}

export function createCluster(port = FAULTS_PG_PORT): ClusterInfo {
  removeLeftovers();
  if (portInUse(port)) {
    throw new Error(
      `Port ${port} is taken: a fault-test cluster left running? Stop it, or set FAULTS_PG_PORT.`,
    );
  }
  const bin = findBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), CLUSTER_PREFIX));
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    fs.chownSync(dir, uid, gid);
  }
  fs.writeFileSync(path.join(dir, "owner.pid"), String(process.pid));
  const cluster = { dir, port, bin };
  run(cluster, "initdb", [
    "-D",
    path.join(dir, "data"),
    "-U",
    "postgres",
    "--auth=trust",
    "-E",
    "UTF8",
    "--locale=C",
    "--no-sync",
    "--no-instructions",
  ]);
  startCluster(cluster);
  return cluster;
}

export function startCluster(cluster: ClusterInfo): void {
  const options = [
    `-p ${cluster.port}`,
    `-k ${cluster.dir}`,
    "-c listen_addresses=127.0.0.1",
    // A throwaway cluster on a shared machine: no fsync, small memory.
    "-c fsync=off",
    "-c full_page_writes=off",
    "-c shared_buffers=32MB",
    "-c max_connections=120",
  ].join(" ");
  run(cluster, "pg_ctl", [
    "-D",
    path.join(cluster.dir, "data"),
    "-l",
    path.join(cluster.dir, "server.log"),
    "-o",
    options,
    "-w",
    "-t",
    "60",
    "start",
  ]);
}

/** `pg_ctl stop -m fast`: sessions are ended, open transactions rolled back, then a clean stop. */
export function stopCluster(cluster: ClusterInfo): void {
  run(cluster, "pg_ctl", ["-D", path.join(cluster.dir, "data"), "-m", "fast", "-w", "stop"]);
}

export function isRunning(cluster: ClusterInfo): boolean {
  return fs.existsSync(path.join(cluster.dir, "data", "postmaster.pid"));
}

export function destroyCluster(cluster: ClusterInfo): void {
  try {
    if (isRunning(cluster)) {
      run(cluster, "pg_ctl", [
        "-D",
        path.join(cluster.dir, "data"),
        "-m",
        "immediate",
        "-w",
        "stop",
      ]);
    }
  } finally {
    fs.rmSync(cluster.dir, { recursive: true, force: true });
  }
}

export function clusterUrl(cluster: Pick<ClusterInfo, "port">, database: string): string {
  return `postgres://postgres@127.0.0.1:${cluster.port}/${database}`;
}
