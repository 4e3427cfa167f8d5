// A data export with S3-compatible storage (s3rver on a random local port): the evidence is read
// from the bucket into the ZIP byte for byte, the ZIP is stored under its own prefix, and the
// download streams it from the bucket to its owner.
import { signInAs } from "@/tests/support/next-mocks";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import S3rver from "s3rver";
import { db } from "@/db/client";
import { dataExports } from "@/db/schema";
import { buildDueExports } from "@/lib/export/jobs";
import { requestExport } from "@/lib/export/mutations";
import { S3Storage, setEvidenceStorage } from "@/lib/verification/storage";
import { GET } from "@/app/api/exports/[id]/route";
import { memberWithEverything, PDF, readZip } from "./export-fixtures";

let server: S3rver;
let dir: string;
let storage: S3Storage;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "landed-s3-export-"));
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
  setEvidenceStorage(storage);
});

afterAll(async () => {
  setEvidenceStorage(undefined);
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

it("builds from and into the bucket, and streams the ZIP to its owner", async () => {
  const { member, evidenceId } = await memberWithEverything();
  const { exportId } = await requestExport(member);
  expect(await buildDueExports(1)).toEqual({ built: 1, failed: 0 });
  const [row] = await db.select().from(dataExports).where(eq(dataExports.id, exportId));
  expect(row!.state).toBe("ready");
  // Under exports/, never among the evidence.
  expect(await storage.get(row!.storageKey!)).toBeNull();
  const stored = await storage.within("exports").get(row!.storageKey!);
  expect(stored!.byteLength).toBe(row!.size);

  signInAs(member);
  const res = await GET(new Request(`http://localhost/api/exports/${exportId}`), {
    params: Promise.resolve({ id: exportId }),
  });
  expect(res.status).toBe(200);
  expect(res.headers.get("content-length")).toBe(String(row!.size));
  const zip = readZip(new Uint8Array(await res.arrayBuffer()));
  const [file] = zip.json("profile/evidence-files.json") as Array<{
    id: string;
    fileInThisZip: string;
  }>;
  expect(file!.id).toBe(evidenceId);
  expect(Buffer.from(zip.files[file!.fileInThisZip]!).equals(PDF)).toBe(true);
});
