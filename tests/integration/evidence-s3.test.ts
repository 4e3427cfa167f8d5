// The S3-compatible evidence storage against a real S3 API (s3rver, an S3 server in Node, on a
// random local port): put, get, delete, a missing key, and a key that is not ours.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { S3Storage } from "@/lib/verification/storage";

let server: S3rver;
let dir: string;
let storage: S3Storage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "landed-s3-"));
  server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: dir,
    configureBuckets: [{ name: "landed-evidence", configs: [] }],
  });
  const { port } = (await server.run()) as { port: number };
  storage = new S3Storage({
    bucket: "landed-evidence",
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  });
});

afterAll(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

describe("S3 evidence storage", () => {
  it("stores, reads back and deletes the exact bytes under a random key", async () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0, 255]);
    const key = await storage.put(bytes);
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Uint8Array((await storage.get(key))!)).toEqual(bytes);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    // Deleting again is not an error.
    await storage.delete(key);
  });

  it("never turns a key that is not ours into an object name", async () => {
    await expect(storage.get("../../etc/passwd")).rejects.toThrow("Invalid evidence storage key");
  });
});
