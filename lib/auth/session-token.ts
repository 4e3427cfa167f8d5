// The session cookie to claims, without a round trip through Auth.js: every member page asks "who
// is this?" once, and Auth.js's own answer (auth()) builds a Request, runs its whole session action,
// decrypts the token and encrypts a fresh one that a server component cannot even send back. Here
// the token is decrypted with Auth.js's own `decode` (same secret, same salt) and the result kept in
// a small bounded map, so a member's next request skips the decryption too. The database check
// (revocation, session version, account usable) still runs on every request: session-check.ts.
import "server-only";
import { cookies } from "next/headers";
import { decode, type JWT } from "next-auth/jwt";
import { authSecret } from "@/lib/env";
import { SESSION_COOKIE_NAMES } from "./routes";
import { ABSOLUTE_SESSION_MS, type SessionClaims } from "./session-check";

/** What a session token must hold to be a session (the one rule: next-auth.ts's callbacks use it too). */
export function claimsFromToken(token: JWT | null, now = Date.now()): SessionClaims | null {
  if (!token?.sub || !token.sid || !token.sv || !token.authTime) return null;
  if (now - token.authTime > ABSOLUTE_SESSION_MS) return null;
  return {
    userId: token.sub,
    sessionVersion: token.sv,
    sessionId: token.sid,
    authTime: token.authTime,
  };
}

interface CookieReader {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
}

/** Decrypted tokens by their text; bounded, the least recently used leave first. */
const DECODED_MAX = 2_000;
const decoded = new Map<string, { claims: SessionClaims | null; expiresAt: number }>();

/** The claims of this request's session cookie, or null when there is none or it is not valid. */
export async function sessionClaims(): Promise<SessionClaims | null> {
  return claimsFromCookies(await cookies());
}

/** sessionClaims for any set of cookies (tests give their own). */
export async function claimsFromCookies(
  jar: CookieReader,
  now = Date.now(),
): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIE_NAMES) {
    const token = cookieValue(jar, name);
    if (token) return claimsOf(token, name, now);
  }
  return null;
}

async function claimsOf(token: string, salt: string, now: number): Promise<SessionClaims | null> {
  const known = decoded.get(token);
  if (known && known.expiresAt > now) {
    // Most recently used last: the map's order is the eviction order.
    decoded.delete(token);
    decoded.set(token, known);
    const claims = known.claims;
    return claims && now - claims.authTime <= ABSOLUTE_SESSION_MS ? claims : null;
  }
  let payload: JWT | null = null;
  try {
    payload = await decode({ token, secret: authSecret(), salt });
  } catch {
    payload = null; // tampered, from another secret, or expired: no session
  }
  // jose checked `exp` against the clock; `now` may be later (the cache's own expiry relies on it).
  if (typeof payload?.exp === "number" && payload.exp * 1000 <= now) payload = null;
  const claims = claimsFromToken(payload, now);
  // A token that fails stays failed (until its own expiry, or a minute for one without any).
  const expiresAt = typeof payload?.exp === "number" ? payload.exp * 1000 : now + 60_000;
  decoded.set(token, { claims, expiresAt });
  if (decoded.size > DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  return claims;
}

/** A cookie's value, put back together when Auth.js split a large one into `name.0`, `name.1`, …. */
function cookieValue(jar: CookieReader, name: string): string | undefined {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : undefined;
}
