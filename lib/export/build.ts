// Builds one member's export: every section as JSON and their evidence files in one ZIP, written to
// a temporary file and then copied into file storage, so neither the database nor memory holds it.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { logger } from "@/lib/logger";
import { evidenceStorage, exportStorage } from "@/lib/verification/storage";
import { jsonChunks, type ExportMember } from "./paging";
import { exportReadme } from "./readme";
import { evidencePath, evidenceRows } from "./sections/account";
import { sections } from "./sections";
import { ZipFileWriter } from "./zip";

export interface BuiltExport {
  storageKey: string;
  size: number;
}

async function writeEvidence(zip: ZipFileWriter, member: ExportMember): Promise<void> {
  const storage = evidenceStorage();
  for await (const files of evidenceRows(member)) {
    for (const file of files) {
      if (file.deletedAt) continue;
      const stored = await storage.open(file.storageKey);
      if (!stored) {
        // Listed in evidence-files.json; a missing object is logged for staff, not fatal to the export.
        logger.error({ event: "evidence.missing", fileId: file.id }, "evidence bytes missing");
        continue;
      }
      // PDFs and images are compressed already: stored as they are.
      await zip.add(evidencePath(file), stored.stream, { store: true });
    }
  }
}

/** Writes the member's ZIP and stores it; returns its storage key and size. */
export async function buildExportArchive(userId: string, now = new Date()): Promise<BuiltExport> {
  const [user] = await db
    .select({ id: users.id, email: users.email, handle: users.handle })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw new Error("The member of this export no longer exists.");
  const dir = await mkdtemp(path.join(os.tmpdir(), "landed-export-"));
  const file = path.join(dir, "export.zip");
  const zip = new ZipFileWriter(file);
  try {
    await zip.add("README.txt", [exportReadme(user, sections, now)]);
    for (const section of sections) {
      await zip.add(section.file, jsonChunks(section.shape, section.rows(user)));
    }
    await writeEvidence(zip, user);
    const size = await zip.close();
    const storageKey = await exportStorage().putFile(file);
    return { storageKey, size };
  } catch (err) {
    zip.destroy();
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
