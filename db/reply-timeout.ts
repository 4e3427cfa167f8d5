// postgres.js has no client-side query timeout: a server that stops answering without closing
// anything (frozen, a network cut) hangs a request for ever. Through its documented `socket`
// option we open each connection ourselves and drop one that owes us an answer and has sent
// nothing for `timeoutMs`; postgres.js then fails its queries and opens a new connection for the
// next ones (docs/decisions/001-database-driver.md).
import net from "node:net";

/** The connection options postgres.js hands to its `socket` function (the parts we read). */
export interface SocketOptions {
  host: string[];
  port: number[];
  path?: string | false;
  ssl?: unknown;
}

/**
 * Counts what the server owes on one plain (not TLS) connection, from the protocol's framing:
 * each Sync ('S'), simple Query ('Q') and the startup message is answered by exactly one
 * ReadyForQuery ('Z'); any other message (a describe with Flush, a password) by at least some
 * data. So a reply is owed while Syncs outnumber ReadyForQuery, or something was written since
 * the last data, and pipelined queries stay owed after the first one's answer.
 */
export class ReplyTracker {
  owedSyncs = 0;
  private wroteSinceData = false;
  private out = new Framer(true);
  private in = new Framer(false);

  wrote(chunk: Uint8Array): void {
    this.wroteSinceData = true;
    this.out.feed(chunk, (type) => {
      if (type === null || type === 0x53 || type === 0x51) this.owedSyncs += 1; // startup, S, Q
    });
  }

  received(chunk: Uint8Array): void {
    this.wroteSinceData = false;
    this.in.feed(chunk, (type) => {
      if (type === 0x5a) this.owedSyncs = Math.max(0, this.owedSyncs - 1); // Z
    });
  }

  get owed(): boolean {
    return this.owedSyncs > 0 || this.wroteSinceData;
  }
}

/** Splits a stream into protocol messages (type byte + int32 length, the first one untyped). */
class Framer {
  private header: number[] = [];
  private skip = 0;
  constructor(private untypedFirst: boolean) {}

  feed(chunk: Uint8Array, onMessage: (type: number | null) => void): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - i);
        this.skip -= n;
        i += n;
        continue;
      }
      const headerLength = this.untypedFirst ? 4 : 5;
      while (this.header.length < headerLength && i < chunk.length) this.header.push(chunk[i++]!);
      if (this.header.length < headerLength) return;
      const h = this.header;
      const type = this.untypedFirst ? null : h[0]!;
      const at = this.untypedFirst ? 0 : 1;
      const length = ((h[at]! << 24) | (h[at + 1]! << 16) | (h[at + 2]! << 8) | h[at + 3]!) >>> 0;
      this.header = [];
      this.untypedFirst = false;
      this.skip = length - 4; // the length counts itself, not the type byte
      onMessage(type);
    }
  }
}

/** postgres.js's `socket` option: a plain connection dropped when an owed reply is late. */
export function socketWithReplyTimeout(timeoutMs: number, onTimeout?: () => void) {
  return (o: SocketOptions): net.Socket => {
    // Returned before it is connected (writes wait for it): a connect error or postgres.js's
    // connect_timeout closes it through postgres.js's own handlers, which free its pool slot.
    const socket = o.path ? net.connect(o.path) : net.connect(o.port[0]!, o.host[0]);
    // Over TLS postgres.js hands the socket to tls.connect after the first exchange and reads
    // and writes through it no more: no timer there (TCP keep-alive still applies).
    if (o.ssl) return socket;
    const tracker = new ReplyTracker();
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        onTimeout?.();
        socket.destroy(new Error(`The database did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
    };
    const write = socket.write.bind(socket) as (...args: unknown[]) => boolean;
    socket.write = ((data: unknown, ...rest: unknown[]) => {
      if (data instanceof Uint8Array) tracker.wrote(data);
      if (timer === undefined) arm(); // a stream of writes with no answer still times out
      return write(data, ...rest);
    }) as typeof socket.write;
    socket.on("data", (chunk: Buffer) => {
      tracker.received(chunk);
      if (tracker.owed)
        arm(); // progress: the server is alive, give it the full time again
      else {
        clearTimeout(timer);
        timer = undefined;
      }
    });
    socket.on("close", () => clearTimeout(timer));
    return socket;
  };
}
