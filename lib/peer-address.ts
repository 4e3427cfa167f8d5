// Stamps each incoming request with its socket's peer address (lib/auth/ip.ts PEER_HEADER), the one
// address a client cannot choose. Next.js hands server actions and pages only the headers, and keeps
// a client-sent X-Forwarded-For as it is; this runs before Next sees the request, and overwrites any
// header of that name the client sent. Installed once per process by instrumentation.ts.
import http from "node:http";
import { PEER_HEADER } from "@/lib/auth/ip";

const state = globalThis as typeof globalThis & { __landedPeerStamp?: boolean };

export function stampPeerAddresses(): void {
  if (state.__landedPeerStamp) return;
  state.__landedPeerStamp = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ): boolean {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_HEADER] = request.socket?.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
