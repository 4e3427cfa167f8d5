// The client's address as the nearest proxy saw it: the right-most X-Forwarded-For entry
// (Next.js fills the header from the socket when no proxy sent one).
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip")?.trim() || "unknown";
}
