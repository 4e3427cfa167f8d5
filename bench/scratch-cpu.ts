// scratch: CPU ms per request of variants against a running server (pid from port)
import { execSync } from "node:child_process";
import fs from "node:fs";
import { runLoad } from "./lib/load";
import { processCpuMs } from "./lib/server";
const port = process.env.PORT ?? "3520";
const pid = Number(execSync(`ss -ltnp | grep ":${port} " | grep -o "pid=[0-9]*" | head -1 | cut -d= -f2`).toString().trim());
const cookie = fs.readFileSync("/tmp/cookie.txt", "utf8").trim();
const variants = JSON.parse(process.argv[2]!) as { name: string; path: string; headers?: Record<string, string>; anon?: boolean }[];
const rounds = Number(process.argv[3] ?? 2);
for (let r = 0; r < rounds; r++) {
  for (const v of variants) {
    const headers = { accept: "text/html", ...(v.anon ? {} : { cookie }), ...(v.headers ?? {}) };
    const url = `http://127.0.0.1:${port}${v.path}`;
    await runLoad({ url, connections: 4, durationSeconds: 2, headers, accept: () => true });
    const before = processCpuMs(pid);
    const res = await runLoad({ url, connections: 4, durationSeconds: 6, headers, accept: () => true });
    const cpu = (processCpuMs(pid) - before) / res.requests;
    console.log(`${v.name.padEnd(30)} ${res.requestsPerSecond.toFixed(1).padStart(7)} req/s  ${cpu.toFixed(2)} ms CPU  ${JSON.stringify(res.statuses)}`);
  }
}
