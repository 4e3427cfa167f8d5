// A signed, expiring link that lets a suspended or banned person appeal the decision without
// signing in (they cannot): HMAC-SHA256 over the person, the decision and the expiry, keyed with
// AUTH_SECRET. It proves only "this person may appeal this decision"; appealDecision still
// checks the decision is theirs, not reversed and not appealed yet.
import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

export const APPEAL_LINK_DAYS = 30;

function sign(payload: string): string {
  return createHmac("sha256", `appeal:${authSecret()}`).update(payload).digest("base64url");
}

export function createAppealToken(userId: string, decisionId: string, now = new Date()): string {
  const expires = now.getTime() + APPEAL_LINK_DAYS * 86_400_000;
  const payload = Buffer.from(JSON.stringify({ u: userId, d: decisionId, e: expires })).toString(
    "base64url",
  );
  return `${payload}.${sign(payload)}`;
}

/** The person and decision the token names, or null if it is forged, damaged or expired. */
export function readAppealToken(
  token: string | undefined | null,
  now = new Date(),
): { userId: string; decisionId: string } | null {
  if (!token || token.length > 500) return null;
  const [payload, signature] = token.split(".");
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      u?: unknown;
      d?: unknown;
      e?: unknown;
    };
    if (typeof data.u !== "string" || typeof data.d !== "string" || typeof data.e !== "number") {
      return null;
    }
    if (data.e < now.getTime()) return null;
    return { userId: data.u, decisionId: data.d };
  } catch {
    return null;
  }
}
