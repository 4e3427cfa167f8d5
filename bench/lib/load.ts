// One load run with autocannon (a separate load generator, in this process; the server is another
// process). Latencies are recorded per response so p95 is exact (autocannon reports p97.5, not p95).
import autocannon from "autocannon";

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  headers?: Record<string, string>;
  method?: "GET" | "POST";
  /** Builds each request's body and headers (e.g. a fresh idempotency key per reply). */
  setupRequest?: (request: autocannon.Request) => autocannon.Request;
  /** Requests per second across all connections (a fixed rate instead of as fast as possible). */
  overallRate?: number;
  /** Statuses that count as success: 2xx unless told otherwise (a 3xx page means a lost session). */
  accept?: (status: number) => boolean;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  /** The first statuses other than 2xx, for the report. */
  statuses: Record<string, number>;
}

export function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (err: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      duration: options.durationSeconds,
      method: options.method ?? "GET",
      headers: options.headers,
      overallRate: options.overallRate,
      timeout: 10,
      requests: options.setupRequest ? [{ setupRequest: options.setupRequest }] : undefined,
    },
    (err, result) => (err ? fail(err) : finish(result)),
  );
  instance.on("response", (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await done;
  latencies.sort((a, b) => a - b);
  const accept = options.accept ?? ((s: number) => s >= 200 && s < 300);
  const ok = Object.entries(statuses)
    .filter(([s]) => accept(Number(s)))
    .reduce((n, [, c]) => n + c, 0);
  const answered = latencies.length;
  return {
    requests: answered,
    requestsPerSecond: Math.round((answered / options.durationSeconds) * 10) / 10,
    p50: round(percentile(latencies, 0.5)),
    p95: round(percentile(latencies, 0.95)),
    p99: round(percentile(latencies, 0.99)),
    errors: answered - ok + result.errors + result.timeouts,
    statuses,
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
