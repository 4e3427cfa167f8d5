// The embedded database folder is locked: a second process (say `npm run db:seed` while
// `npm run dev` runs) must stop with a clear message instead of silently losing rows.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { sql } from "drizzle-orm";
import { DatabaseLockedError, openPglite, type DatabaseHandle } from "@/db/client";

const run = promisify(execFile);
const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

let tmp: string;
let dataDir: string;
const open: DatabaseHandle[] = [];

function openTracked(dir: string): DatabaseHandle {
  const handle = openPglite(dir);
  open.push(handle);
  return handle;
}

async function closeTracked(handle: DatabaseHandle): Promise<void> {
  open.splice(open.indexOf(handle), 1);
  await handle.close();
}

// One folder for the file: creating a PGlite database is the slow part, opening it again is not.
beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "landed-lock-"));
  dataDir = path.join(tmp, "pglite");
  const setup = openPglite(dataDir);
  await setup.db.execute(sql`create table kept (v text)`);
  await setup.close();
});

afterEach(async () => {
  for (const handle of open.splice(0)) await handle.close();
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("openPglite", () => {
  it("refuses a second handle on the same folder with a message that says what to do", async () => {
    const first = openTracked(dataDir);
    await first.db.execute(sql`select 1`);
    let err: unknown;
    try {
      openTracked(dataDir);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DatabaseLockedError);
    const message = (err as Error).message;
    expect(message).toContain(dataDir);
    expect(message).toContain("is in use by another Landed process");
    expect(message).toContain("Stop that process first");
    expect(message).toContain("DATABASE_URL");
  });

  it("opens again once the first handle is closed, with the data intact", async () => {
    const first = openTracked(dataDir);
    await first.db.execute(sql`insert into kept values ('still here')`);
    await closeTracked(first);

    const second = openTracked(dataDir);
    const result = (await second.db.execute(sql`select v from kept`)) as unknown as {
      rows: Array<{ v: string }>;
    };
    expect(result.rows).toEqual([{ v: "still here" }]);
  });

  it("stops another process (the seed script) with a clear message while this one holds the folder", async () => {
    const holder = openTracked(dataDir);
    await holder.db.execute(sql`select 1`);
    const child = await runCli("seed");
    expect(child.code).toBe(1);
    expect(child.stderr).toContain(
      `The embedded database in ${dataDir} is in use by another Landed process`,
    );
    expect(child.stdout).not.toContain("Seeded");
  });

  it("lets another process in once this one has closed the folder", async () => {
    await closeTracked(openTracked(dataDir));
    const child = await runCli("migrate");
    expect(child.stderr).not.toContain("is in use");
    expect(child.code).toBe(0);
    expect(child.stdout).toContain(`Migrations applied to the embedded database in ${dataDir}`);
  });
});

async function runCli(
  command: string,
): Promise<{ code: number | undefined; stdout: string; stderr: string }> {
  return run(tsx, ["db/cli.ts", command], {
    cwd: process.cwd(),
    env: { ...process.env, PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", NODE_ENV: "development" },
    timeout: 25_000,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (err: { code?: number; stdout?: string; stderr?: string }) => ({
      code: err.code,
      stdout: err.stdout ?? "",
      stderr: err.stderr ?? "",
    }),
  );
}
