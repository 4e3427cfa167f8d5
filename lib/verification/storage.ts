// Where evidence bytes (and, in their own area, members' data exports) live. Keys are random and
// made here, never from a user's input; a database row is the only way to reach them
// (lib/verification/queries.ts and lib/export/queries.ts check who asks).
// No "server-only" import: the background sweep (instrumentation.ts) builds and deletes exports.
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, open, rename, rm, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  type GetObjectCommandOutput,
  type PutObjectCommandInput,
} from "@aws-sdk/client-s3";
import { env } from "@/lib/env";

export interface EvidenceStorage {
  /** Stores the bytes under a new random key and returns the key. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Copies a local file in under a new random key, streamed (a data export can be large). */
  putFile(file: string): Promise<string>;
  /** The bytes as a stream and their length, or null when nothing is stored under the key. */
  open(key: string): Promise<StoredStream | null>;
  /** The same store under another area's key prefix (exports live apart from evidence). */
  within(area: StorageArea): EvidenceStorage;
}

export interface StoredStream {
  stream: ReadableStream<Uint8Array>;
  size: number;
}

/** The areas beside evidence; evidence itself keeps the layout it always had. */
export type StorageArea = "exports";

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

  /** `area` is a sub-folder of the root; its name is longer than the key prefixes, so never one. */
  constructor(root: string, area?: StorageArea) {
    this.root = path.resolve(root, area ?? "");
  }

  within(area: StorageArea): LocalDiskStorage {
    return new LocalDiskStorage(path.join(this.root, area));
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

  async putFile(source: string): Promise<string> {
    const key = newStorageKey();
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const partial = `${file}.partial`;
    await copyFile(source, partial);
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

  async open(key: string): Promise<StoredStream | null> {
    const file = this.pathOf(key);
    try {
      const { size } = await stat(file);
      const stream = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
      return { stream, size };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

export interface S3Settings {
  bucket: string;
  /** An S3-compatible endpoint (MinIO, R2, …); AWS itself when absent. */
  endpoint?: string;
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
}

/**
 * An S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, …). Objects are private (no ACL given,
 * buckets default to private) and served only through /api/evidence after the access check.
 */
export class S3Storage implements EvidenceStorage {
  private readonly client: S3Client;

  constructor(
    private readonly settings: S3Settings,
    private readonly area: string = "evidence",
    client?: S3Client,
  ) {
    this.client =
      client ??
      new S3Client({
        region: settings.region ?? "us-east-1",
        endpoint: settings.endpoint,
        // Self-hosted S3-compatible servers usually want bucket/key paths, not bucket subdomains.
        forcePathStyle: Boolean(settings.endpoint),
        // A streamed upload would otherwise be sent aws-chunked with a trailing checksum, which
        // S3-compatible servers (s3rver, older MinIO) store framing and all; Content-Length is set.
        requestChecksumCalculation: "WHEN_REQUIRED",
        credentials:
          settings.accessKeyId && settings.secretAccessKey
            ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
            : undefined,
      });
  }

  within(area: StorageArea): S3Storage {
    return new S3Storage(this.settings, area, this.client);
  }

  private objectKey(key: string): string {
    return `${this.area}/${checkKey(key)}`;
  }

  /** Stores the body under a new random key and returns the key. */
  private async putObject(body: PutObjectCommandInput["Body"], size?: number): Promise<string> {
    const key = newStorageKey();
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.objectKey(key),
        Body: body,
        ContentLength: size,
        ContentType: "application/octet-stream",
      }),
    );
    return key;
  }

  /** The stored object, or null when nothing is stored under the key. */
  private async getObject(key: string): Promise<GetObjectCommandOutput | null> {
    try {
      return await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
      );
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async putFile(file: string): Promise<string> {
    const { size } = await stat(file);
    // A known length lets one PUT stream the file without buffering it.
    return this.putObject(createReadStream(file), size);
  }

  async open(key: string): Promise<StoredStream | null> {
    const out = await this.getObject(key);
    if (!out?.Body || out.ContentLength === undefined) return null;
    return { stream: out.Body.transformToWebStream(), size: out.ContentLength };
  }

  put(bytes: Uint8Array): Promise<string> {
    return this.putObject(bytes);
  }

  async get(key: string): Promise<Buffer | null> {
    const out = await this.getObject(key);
    if (!out?.Body) return null;
    return Buffer.from(await out.Body.transformToByteArray());
  }

  async delete(key: string): Promise<void> {
    await this.client.send(
      new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) }),
    );
  }
}

function isMissing(err: unknown): boolean {
  const name = (err as { name?: string }).name;
  return name === "NoSuchKey" || name === "NotFound";
}

let current: EvidenceStorage | undefined;

/** The storage in use: an S3-compatible bucket when EVIDENCE_S3_BUCKET is set, else local disk. */
export function evidenceStorage(): EvidenceStorage {
  if (current) return current;
  const e = env();
  current = e.EVIDENCE_S3_BUCKET
    ? new S3Storage({
        bucket: e.EVIDENCE_S3_BUCKET,
        endpoint: e.EVIDENCE_S3_ENDPOINT,
        region: e.EVIDENCE_S3_REGION,
        accessKeyId: e.EVIDENCE_S3_ACCESS_KEY_ID,
        secretAccessKey: e.EVIDENCE_S3_SECRET_ACCESS_KEY,
      })
    : new LocalDiskStorage(e.EVIDENCE_STORAGE_DIR);
  return current;
}

/** For tests: keep evidence in a directory of the test's own. */
export function setEvidenceStorage(storage: EvidenceStorage | undefined): void {
  current = storage;
}

/** Members' data exports: the evidence store, under its own prefix (`exports/`). */
export function exportStorage(): EvidenceStorage {
  return evidenceStorage().within("exports");
}
