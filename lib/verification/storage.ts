// Where evidence bytes live. Keys are random and made here, never from a user's input; the
// evidence_files row is the only way to reach them (lib/verification/queries.ts checks who asks).
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm, readFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

export interface EvidenceStorage {
  /** Stores the bytes under a new random key and returns the key. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** 32 random bytes as base64url: 43 characters, no dots or slashes. */
const KEY = /^[A-Za-z0-9_-]{43}$/;

export function newStorageKey(): string {
  return randomBytes(32).toString("base64url");
}

function checkKey(key: string): string {
  // A key from the database that is not one of ours never becomes a path.
  if (!KEY.test(key)) throw new Error("Invalid evidence storage key.");
  return key;
}

/** Files under one directory (EVIDENCE_STORAGE_DIR), in sub-folders by the key's first two characters. */
export class LocalDiskStorage implements EvidenceStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    const safe = checkKey(key);
    return path.join(this.root, safe.slice(0, 2), safe);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const key = newStorageKey();
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    // Written under a temporary name and renamed, so a reader never sees half a file.
    const partial = `${file}.partial`;
    const handle = await open(partial, "wx", 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

let current: EvidenceStorage | undefined;

/**
 * The storage in use: local disk under EVIDENCE_STORAGE_DIR. S3-compatible storage is not built
 * yet (it needs @aws-sdk/client-s3); lib/env.ts refuses EVIDENCE_S3_BUCKET until it is.
 */
export function evidenceStorage(): EvidenceStorage {
  current ??= new LocalDiskStorage(env().EVIDENCE_STORAGE_DIR);
  return current;
}

/** For tests: keep evidence in a directory of the test's own. */
export function setEvidenceStorage(storage: EvidenceStorage | undefined): void {
  current = storage;
}
