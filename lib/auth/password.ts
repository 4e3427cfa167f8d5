// Argon2id with OWASP's parameters (m=19 MiB, t=2, p=1), and the common-password list.
import fs from "node:fs";
import path from "node:path";
import { hash, verify } from "@node-rs/argon2";

const ARGON2_OPTIONS = {
  algorithm: 2, // Argon2id (a const enum in the typings, so the number itself)
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so an unknown email answers as slowly as a known one. */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummyHash ??= hashPassword("landed-dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
  return false;
}

let commonPasswords: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  if (!commonPasswords) {
    const file = path.join(process.cwd(), "lib", "auth", "common-passwords.txt");
    const lines = fs.readFileSync(file, "utf8").split("\n");
    commonPasswords = new Set(lines.filter((l) => l && !l.startsWith("#")));
  }
  return commonPasswords.has(password.toLowerCase());
}
