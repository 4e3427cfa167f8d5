// TRUSTED_PROXIES as a trust function for proxy-addr; lib/env.ts validates the setting with it.
import proxyaddr from "proxy-addr";

export type Trust = (address: string, hop: number) => boolean;

/**
 * Unset, "none" or "0": no proxy, the socket's peer is the client. A number N: the N nearest
 * hops are proxies. Otherwise a comma-separated list of addresses, CIDR ranges and proxy-addr's
 * names (loopback, linklocal, uniquelocal): proxies are trusted only from there. Throws on a bad
 * entry, naming it.
 */
export function compileTrust(value: string | undefined): Trust {
  const setting = value?.trim() ?? "";
  if (setting === "" || setting === "none" || setting === "0") return () => false;
  if (/^\d+$/.test(setting)) {
    const hops = Number(setting);
    return (_address, hop) => hop < hops;
  }
  return proxyaddr.compile(setting.split(",").map((s) => s.trim()));
}
