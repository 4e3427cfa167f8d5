// The httpOnly cookie that carries a link intent's token from Settings to the provider's callback
// (docs/decisions/016); sent only to the callback routes, gone after one use or 10 minutes.
import "server-only";
import { cookies, headers } from "next/headers";
import { LINK_INTENT_TTL_MS } from "./connected-accounts";

const PATH = "/api/auth/callback";
const PLAIN = "landed.link-intent";
// Behind TLS the cookie is Secure, and the prefix makes browsers insist on it (as Auth.js's own do).
const SECURE = "__Secure-landed.link-intent";

export async function setLinkIntentCookie(token: string): Promise<void> {
  const secure = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(secure ? SECURE : PLAIN, token, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: PATH,
    maxAge: LINK_INTENT_TTL_MS / 1000,
  });
}

/** The intent token this callback request carries, if any; the cookie is cleared either way. */
export async function takeLinkIntentCookie(): Promise<string | undefined> {
  const jar = await cookies();
  const token = jar.get(SECURE)?.value ?? jar.get(PLAIN)?.value;
  for (const name of [PLAIN, SECURE]) {
    if (jar.has(name))
      jar.set(name, "", {
        httpOnly: true,
        sameSite: "lax",
        secure: name === SECURE,
        path: PATH,
        maxAge: 0,
      });
  }
  return token || undefined;
}
