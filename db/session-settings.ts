// The session settings of every application connection to PostgreSQL (db/client.ts), kept apart
// so the benchmark can explain queries under the same settings without opening the app's database.
/**
 * Settings of every application connection. Parallel query is off unless asked for: Landed's
 * queries are bounded and run many at once, and on a small server a parallel plan starts worker
 * processes that compete with the other requests for the same cores (community search: 31–36 ms
 * serial, 77–106 ms with two workers, on the benchmark's 2-core machine). The benchmark explains
 * queries with these same settings.
 */
export function sessionSettings(options: {
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  parallelWorkers: number;
}) {
  return {
    statement_timeout: options.statementTimeoutMs,
    idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs,
    // A string: postgres.js leaves out startup parameters that are falsy, and 0 is.
    max_parallel_workers_per_gather: String(options.parallelWorkers),
    application_name: "landed",
  };
}
