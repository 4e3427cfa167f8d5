// The client's network address (docs/security.md #25): the socket's peer, unless TRUSTED_PROXIES
// says which proxies in front may report the address they saw in X-Forwarded-For
// (docs/decisions/013-sign-in-throttling.md). proxy-addr walks the chain as Express does.
import proxyaddr from "proxy-addr";
import { env } from "@/lib/env";
import { compileTrust, type Trust } from "./trusted-proxies";

/**
 * The socket's peer address, stamped on each request by lib/peer-address.ts. Next.js keeps a
 * client-sent X-Forwarded-For as it is, so without this the client would choose its own address.
 */
export const PEER_HEADER = "x-landed-peer";

let cached: { setting: string | undefined; trust: Trust } | undefined;

function configuredTrust(): Trust {
  const setting = env().TRUSTED_PROXIES;
  if (!cached || cached.setting !== setting) cached = { setting, trust: compileTrust(setting) };
  return cached.trust;
}

/** "::ffff:192.0.2.1" (IPv4 on a dual-stack socket) reads as "192.0.2.1". */
function plain(address: string): string {
  return address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, "$1");
}

/** The address to count against; "unknown" when the request did not come through a socket. */
export function clientAddress(headers: Headers, trust: Trust = configuredTrust()): string {
  const peer = headers.get(PEER_HEADER)?.trim();
  if (!peer) return "unknown";
  const forwarded = headers.get("x-forwarded-for") ?? undefined;
  const address = proxyaddr(
    { connection: { remoteAddress: peer }, headers: { "x-forwarded-for": forwarded } } as never,
    trust,
  );
  return plain(address || peer);
}

/**
 * The key per-address limits count under: an IPv6 address by its /64, which one subscriber
 * usually holds whole, so rotating through it buys no new bucket.
 */
export function addressBucket(address: string): string {
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
