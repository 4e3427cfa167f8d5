// How much memory one data export takes for a very active member: 20,000 notifications, 5,000
// posts of 2 KB with a revision each, 5,000 votes. Prints the ZIP's size, the JSON inside it and
// the heap's peak growth while building (sampled every 10 ms), on in-memory PGlite.
// Run: node --expose-gc --import tsx bench/export-memory.ts (NOTIFICATIONS=… POSTS=… for more;
// add --max-old-space-size=80 to prove the build fits a small heap rather than trusting the peak,
// which mostly measures how lazily V8 collects).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";

const NOTIFICATIONS = Number(process.env.NOTIFICATIONS ?? 20_000);
const POSTS = Number(process.env.POSTS ?? 5_000);
const MB = 1024 * 1024;

async function main() {
  const { setDatabase, wrapPglite, db } = await import("@/db/client");
  const { migrateDatabase } = await import("@/db/migrate");
  const { LocalDiskStorage, setEvidenceStorage, exportStorage } =
    await import("@/lib/verification/storage");
  const { buildExportArchive } = await import("@/lib/export/build");
  const handle = wrapPglite(new PGlite());
  await migrateDatabase(handle);
  setDatabase(handle);
  const dir = await mkdtemp(path.join(os.tmpdir(), "landed-export-bench-"));
  setEvidenceStorage(new LocalDiskStorage(dir));

  const { users } = await import("@/db/schema");
  const [member] = await db
    .insert(users)
    .values({ email: "busy@example.test", handle: "busy-member", displayName: "Busy Member" })
    .returning({ id: users.id });
  const id = member!.id;
  await db.execute(sql`insert into notifications (recipient_id, type, data)
    select ${id}, 'mention', jsonb_build_object('title', 'A thread about judging, number ' || n) from generate_series(1, ${NOTIFICATIONS}) n`);
  await db.execute(sql`insert into community_threads (author_id, category, kind, title, slug, idempotency_key)
    values (${id}, 'evidence-criteria', 'question', 'Judging evidence', 'judging', 'k')`);
  await db.execute(sql`insert into community_posts (thread_id, author_id, body, body_hash, idempotency_key)
    select (select id from community_threads limit 1), ${id}, repeat('Evidence of judging the work of others. ', 50) || n, md5(n::text), 'p' || n
    from generate_series(1, ${POSTS}) n`);
  await db.execute(sql`insert into community_post_revisions (post_id, version, body, editor_id)
    select id, 1, body, author_id from community_posts`);
  await db.execute(
    sql`insert into community_votes (post_id, user_id) select id, ${id} from community_posts`,
  );

  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  let peakHeap = base.heapUsed;
  let peakRss = base.rss;
  const timer = setInterval(() => {
    const now = process.memoryUsage();
    peakHeap = Math.max(peakHeap, now.heapUsed);
    peakRss = Math.max(peakRss, now.rss);
  }, 10);
  const started = performance.now();
  const built = await buildExportArchive(id);
  const ms = performance.now() - started;
  clearInterval(timer);

  const { unzipSync } = await import("fflate");
  const zip = unzipSync(new Uint8Array((await exportStorage().get(built.storageKey))!));
  const json = Object.values(zip).reduce((n, f) => n + f.byteLength, 0);
  console.log(
    JSON.stringify(
      {
        notifications: NOTIFICATIONS,
        posts: POSTS,
        zipMB: +(built.size / MB).toFixed(1),
        jsonInsideMB: +(json / MB).toFixed(1),
        heapBeforeMB: +(base.heapUsed / MB).toFixed(1),
        heapPeakGrowthMB: +((peakHeap - base.heapUsed) / MB).toFixed(1),
        rssPeakGrowthMB: +((peakRss - base.rss) / MB).toFixed(1),
        buildSeconds: +(ms / 1000).toFixed(1),
      },
      null,
      2,
    ),
  );
  await handle.close();
  await rm(dir, { recursive: true, force: true });
}

void main();
