// `npm start` caps V8's heap (README, Performance: memory); the benchmark starts the server with
// the same limit, so the memory it reports is the memory of what ships. The start script is run as
// npm runs it (through the shell), with `next` stood in for by a script that reports the heap
// limit and the arguments of the Node process it was started in.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { START_NODE_OPTIONS } from "../../bench/lib/server";

const pkg = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../../package.json"), "utf8"),
) as { scripts: Record<string, string> };

const REPORT = `console.log(JSON.stringify({ heap: require("v8").getHeapStatistics().heap_size_limit, args: process.argv.slice(1) }))`;

let bin: string;

beforeAll(() => {
  bin = mkdtempSync(path.join(os.tmpdir(), "landed-start-"));
  writeFileSync(
    path.join(bin, "next"),
    `#!/bin/sh\nexec "${process.execPath}" -e '${REPORT}' -- "$@"\n`,
  );
  chmodSync(path.join(bin, "next"), 0o755);
});

afterAll(() => rmSync(bin, { recursive: true, force: true }));

/** Runs `npm start`'s command with the caller's NODE_OPTIONS; what the `next` it starts sees. */
function runStart(callerNodeOptions: string): { heap: number; args: string[] } {
  const out = execFileSync("/bin/sh", ["-c", pkg.scripts.start!], {
    env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, NODE_OPTIONS: callerNodeOptions },
    encoding: "utf8",
  });
  return JSON.parse(out.trim()) as { heap: number; args: string[] };
}

/** The heap limit of a plain Node process started with these options. */
function heapWith(nodeOptions: string): number {
  const out = execFileSync(process.execPath, ["-e", REPORT], {
    env: { ...process.env, NODE_OPTIONS: nodeOptions },
    encoding: "utf8",
  });
  return (JSON.parse(out.trim()) as { heap: number }).heap;
}

describe("npm start", () => {
  test("starts `next start` with the heap limit the benchmark measures", () => {
    const started = runStart("");
    expect(started.args).toEqual(["start"]);
    expect(started.heap).toBe(heapWith(START_NODE_OPTIONS));
  });

  test("a heap limit in the caller's NODE_OPTIONS comes after it and wins", () => {
    const started = runStart("--max-old-space-size=1024");
    expect(started.heap).toBe(heapWith("--max-old-space-size=1024"));
    expect(started.heap).toBeGreaterThan(heapWith(START_NODE_OPTIONS));
  });
});
