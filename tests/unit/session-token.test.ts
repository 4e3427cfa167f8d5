// The session cookie read without Auth.js's round trip (lib/auth/session-token.ts): the same tokens
// Auth.js mints are accepted, anything else is refused, and the decoded cache never outlives a token.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authSecret } from "@/lib/env";
import { ABSOLUTE_SESSION_MS } from "@/lib/auth/session-check";
import { claimsFromCookies, claimsFromToken } from "@/lib/auth/session-token";

const NAME = "authjs.session-token";

function jar(cookies: Record<string, string>) {
  return {
    get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
    getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
  };
}

async function mint(
  overrides: Record<string, unknown> = {},
  options: { secret?: string; salt?: string; maxAge?: number } = {},
) {
  const token = {
    sub: randomUUID(),
    sv: 3,
    sid: randomUUID(),
    authTime: Date.now(),
    ...overrides,
  };
  const text = await encode({
    secret: options.secret ?? authSecret(),
    salt: options.salt ?? NAME,
    token,
    maxAge: options.maxAge,
  });
  return { token, text };
}

describe("session cookie to claims", () => {
  it("reads what Auth.js minted, under either cookie name", async () => {
    const { token, text } = await mint();
    const expected = {
      userId: token.sub,
      sessionVersion: 3,
      sessionId: token.sid,
      authTime: token.authTime,
    };
    expect(await claimsFromCookies(jar({ [NAME]: text }))).toEqual(expected);
    const secure = await mint({}, { salt: `__Secure-${NAME}` });
    expect((await claimsFromCookies(jar({ [`__Secure-${NAME}`]: secure.text })))?.sessionId).toBe(
      secure.token.sid,
    );
  });

  it("puts a chunked cookie back together in order", async () => {
    const { token, text } = await mint();
    const third = Math.ceil(text.length / 3);
    const chunks = {
      [`${NAME}.2`]: text.slice(2 * third),
      [`${NAME}.0`]: text.slice(0, third),
      [`${NAME}.1`]: text.slice(third, 2 * third),
    };
    expect((await claimsFromCookies(jar(chunks)))?.sessionId).toBe(token.sid);
  });

  it("refuses no cookie, a tampered token, another secret and the wrong cookie name", async () => {
    expect(await claimsFromCookies(jar({}))).toBeNull();
    const { text } = await mint();
    const tampered = text.slice(0, -6) + (text.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    expect(await claimsFromCookies(jar({ [NAME]: tampered }))).toBeNull();
    const other = await mint({}, { secret: "another-secret-0123456789abcdefghijklmnopq" });
    expect(await claimsFromCookies(jar({ [NAME]: other.text }))).toBeNull();
    // Minted for the secure name: the salt differs, so it does not open under the plain one.
    const secure = await mint({}, { salt: `__Secure-${NAME}` });
    expect(await claimsFromCookies(jar({ [NAME]: secure.text }))).toBeNull();
  });

  it("refuses an expired token, even one it has read before", async () => {
    const { text } = await mint({}, { maxAge: 60 });
    expect(await claimsFromCookies(jar({ [NAME]: text }))).not.toBeNull();
    expect(await claimsFromCookies(jar({ [NAME]: text }), Date.now() + 61_000)).toBeNull();
  });

  it("refuses a session past the absolute limit, even one it has read before", async () => {
    const authTime = Date.now() - ABSOLUTE_SESSION_MS + 1_000;
    const { text } = await mint({ authTime });
    expect(await claimsFromCookies(jar({ [NAME]: text }))).not.toBeNull();
    expect(await claimsFromCookies(jar({ [NAME]: text }), Date.now() + 2_000)).toBeNull();
  });

  it("needs every claim a session has", () => {
    const full = { sub: "u", sv: 1, sid: "s", authTime: Date.now() };
    expect(claimsFromToken(full)).not.toBeNull();
    for (const key of Object.keys(full)) {
      expect(claimsFromToken({ ...full, [key]: undefined })).toBeNull();
    }
    expect(claimsFromToken(null)).toBeNull();
  });
});
