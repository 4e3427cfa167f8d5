// Loaded into the e2e server only (`node --import` in playwright.config.ts's webServer command),
// never into a build or `npm start`: a loopback-only HTTP port through which the tests write the
// people they need into the server's own database (tests/e2e/people.ts, decision 018).
//
// The embedded database belongs to the server process (db/client.ts opens it once and keeps the
// handle on globalThis), and PGlite cannot be opened by a second process. So the tests send SQL
// here, and it runs on that same handle: PGlite when the server runs on it, postgres.js under
// DATABASE_URL. The request is Drizzle's pg-proxy call ({ sql, params, method }); rows come back
// as arrays for "all" and as objects otherwise, with dates as PostgreSQL's text, as Drizzle's own
// PGlite driver asks for them.
import http from "node:http";

const port = Number(process.env.E2E_DB_PORT);
if (!port) throw new Error("db-bridge: set E2E_DB_PORT");

// timestamp, timestamptz, interval, date and their arrays, and numeric[]: kept as text.
const asText = Object.fromEntries(
  [1114, 1184, 1186, 1082, 1115, 1185, 1187, 1182, 1231].map((oid) => [oid, (value) => value]),
);

async function run({ sql, params, method }) {
  const handle = globalThis.__landedDatabase;
  if (!handle) throw new Error("the server has not opened its database yet");
  const rowMode = method === "all" ? "array" : "object";
  if (handle.kind === "pglite") {
    const result = await handle.client.query(sql, params, { rowMode, parsers: asText });
    return result.rows;
  }
  const query = handle.client.unsafe(sql, params);
  return rowMode === "array" ? await query.values() : await query;
}

http
  .createServer((req, res) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      try {
        const rows = await run(JSON.parse(Buffer.concat(chunks).toString("utf8")));
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ rows }));
      } catch (err) {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: String(err?.message ?? err) }));
      }
    });
  })
  .listen(port, "127.0.0.1");
