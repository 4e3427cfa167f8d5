// Structured JSON logs; secrets and case details are redacted by path and never logged by design.
import pino, { type DestinationStream, type Logger } from "pino";

const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "confirmPassword",
  "passwordHash",
  "token",
];

// Top level and two levels down; nothing logs deeper objects than that.
export const REDACTED_PATHS = [
  ...SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]),
  ...["cookie", "authorization"].flatMap((h) => [`headers.${h}`, `*.headers.${h}`]),
];

export function createLogger(destination?: DestinationStream): Logger {
  const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info");
  return pino(
    { level, base: { service: "landed" }, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } },
    destination,
  );
}

const globalStore = globalThis as unknown as { __landedLogger?: Logger };

export const logger: Logger = (globalStore.__landedLogger ??= createLogger());

/** Email addresses are personal data: logs keep a short, stable fingerprint instead. */
export function emailFingerprint(email: string): string {
  let h = 0x811c9dc5;
  for (const ch of email.toLowerCase()) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
