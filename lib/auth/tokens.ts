// Random single-use tokens for emailed links; only their SHA-256 is stored.
import { createHash, randomBytes } from "node:crypto";

export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
