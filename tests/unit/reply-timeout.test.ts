// db/reply-timeout.ts: what the server owes, from the protocol's framing, and a connection
// dropped only when an owed answer is late (a fake server on a local port plays PostgreSQL).
import net from "node:net";
import { ReplyTracker, socketWithReplyTimeout } from "@/db/reply-timeout";

/** One protocol message: type byte, int32 length (counting itself), body. */
function msg(type: string, body = Buffer.alloc(0)): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, "latin1");
  head.writeUInt32BE(4 + body.length, 1);
  return Buffer.concat([head, body]);
}
const startup = (() => {
  const body = Buffer.from("\0\x03\0\0user\0landed\0\0", "latin1");
  const len = Buffer.alloc(4);
  len.writeUInt32BE(4 + body.length);
  return Buffer.concat([len, body]);
})();
/** An extended-protocol query as postgres.js sends it: Parse, Bind, Describe, Execute, Sync. */
const query = () =>
  Buffer.concat([
    msg("P", Buffer.from("\0select 1\0\0\0")),
    msg("B", Buffer.alloc(8)),
    msg("D", Buffer.from("P\0")),
    msg("E", Buffer.alloc(5)),
    msg("S"),
  ]);
const ready = () => msg("Z", Buffer.from("I"));
const answer = () =>
  Buffer.concat([
    msg("1"),
    msg("2"),
    msg("D", Buffer.alloc(10)),
    msg("C", Buffer.from("SELECT 1\0")),
    ready(),
  ]);

/** Feeds `data` one byte at a time: framing must survive any split. */
function byteByByte(data: Buffer, feed: (b: Buffer) => void) {
  for (let i = 0; i < data.length; i++) feed(data.subarray(i, i + 1));
}

describe("ReplyTracker", () => {
  it("owes one ReadyForQuery per startup, Sync and simple query, even split byte by byte", () => {
    const t = new ReplyTracker();
    byteByByte(Buffer.concat([startup, query(), query(), msg("Q", Buffer.from("begin\0"))]), (b) =>
      t.wrote(b),
    );
    expect(t.owedSyncs).toBe(4);
    byteByByte(
      Buffer.concat([msg("R", Buffer.alloc(4)), msg("K", Buffer.alloc(8)), ready()]),
      (b) => t.received(b),
    );
    expect(t.owedSyncs).toBe(3);
    expect(t.owed).toBe(true);
    // The first pipelined query's answer: the second one is still owed.
    t.received(answer());
    expect(t.owedSyncs).toBe(2);
    expect(t.owed).toBe(true);
    t.received(Buffer.concat([answer(), msg("C", Buffer.from("BEGIN\0")), ready()]));
    expect(t.owedSyncs).toBe(0);
    expect(t.owed).toBe(false);
  });

  it("owes an answer to a message without Sync (a describe with Flush) until data comes", () => {
    const t = new ReplyTracker();
    t.wrote(startup);
    t.received(ready());
    expect(t.owed).toBe(false);
    t.wrote(Buffer.concat([msg("P", Buffer.from("\0select $1\0\0\0")), msg("H")]));
    expect(t.owed).toBe(true);
    t.received(msg("1"));
    expect(t.owed).toBe(false);
  });
});

describe("socketWithReplyTimeout", () => {
  let server: net.Server;
  let port: number;
  /** How the fake server answers each chunk it reads. */
  let reply: (chunk: Buffer, socket: net.Socket) => void;

  beforeAll(async () => {
    server = net.createServer((s) => s.on("data", (chunk) => reply(chunk, s)));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const open = () => socketWithReplyTimeout(150)({ host: ["127.0.0.1"], port: [port] });
  /** Sends the startup message and waits for the fake server's ReadyForQuery. */
  const started = async (s: net.Socket) => {
    const first = new Promise((r) => s.once("data", r));
    s.write(startup);
    await first;
  };
  const closedWithin = (s: net.Socket, ms: number) =>
    new Promise<boolean>((resolve) => {
      const t = setTimeout(() => resolve(false), ms);
      s.once("close", () => {
        clearTimeout(t);
        resolve(true);
      });
    });

  it("keeps an idle connection whose answers all came", async () => {
    reply = (chunk, s) => {
      if (chunk.includes(Buffer.from("select 1"))) s.write(answer());
      else s.write(ready());
    };
    const s = open();
    s.on("error", () => {});
    await started(s);
    s.write(query());
    expect(await closedWithin(s, 500)).toBe(false);
    s.destroy();
  });

  it("drops a connection that still owes the second of two pipelined answers", async () => {
    let answered = 0;
    reply = (chunk, s) => {
      if (chunk.includes(Buffer.from("select 1"))) {
        if (answered++ === 0) s.write(answer()); // then it freezes
      } else s.write(ready());
    };
    const s = open();
    const errors: string[] = [];
    s.on("error", (e) => errors.push(e.message));
    await started(s);
    s.write(Buffer.concat([query(), query()]));
    expect(await closedWithin(s, 1_000)).toBe(true);
    expect(errors[0]).toMatch(/did not answer within 150 ms/);
  });

  it("keeps a connection while a long answer keeps streaming", async () => {
    reply = (chunk, s) => {
      if (!chunk.includes(Buffer.from("select 1"))) return void s.write(ready());
      let rows = 0;
      const stream = setInterval(() => {
        if (s.destroyed) return clearInterval(stream);
        if (rows++ < 6) s.write(msg("D", Buffer.alloc(10)));
        else {
          clearInterval(stream);
          s.write(Buffer.concat([msg("C", Buffer.from("SELECT 6\0")), ready()]));
        }
      }, 100); // each row inside the 150 ms, the whole answer well past it
    };
    const s = open();
    s.on("error", () => {});
    await started(s);
    s.write(query());
    expect(await closedWithin(s, 1_000)).toBe(false);
    s.destroy();
  });
});
