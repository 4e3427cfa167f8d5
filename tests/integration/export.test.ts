// Data export end to end in the data layer: a member with data in every area gets every section,
// correct, and nothing private of anyone else; the download route serves only its owner and only
// until it expires; the build is claimed once when two sweeps race; failures say what to do.
import { signInAs, signOutAll } from "@/tests/support/next-mocks";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import {
  communityThreads,
  dataExports,
  emailOutbox,
  mentorshipRequests,
  notifications,
  type User,
} from "@/db/schema";
import { ConflictError, RateLimitedError } from "@/lib/errors";
import { buildDueExports, EXPORT_FAILED_MESSAGE, EXPORT_TTL_MS } from "@/lib/export/jobs";
import { requestExport } from "@/lib/export/mutations";
import { PAGE_SIZE } from "@/lib/export/paging";
import { listOwnExports } from "@/lib/export/queries";
import { sections } from "@/lib/export/sections";
import { runSweep } from "@/lib/jobs/sweep";
import { LocalDiskStorage, setEvidenceStorage } from "@/lib/verification/storage";
import { after } from "next/server";
import { GET } from "@/app/api/exports/[id]/route";
import { requestExportAction } from "@/app/(member)/settings/data/actions";
import {
  memberWithEverything,
  PDF,
  readZip,
  storedZip,
  type EverythingMember,
} from "./export-fixtures";
import { insertUser } from "./helpers";
import { insertMentor } from "./mentor-fixtures";

const DAY = 86_400_000;
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "landed-export-"));
  setEvidenceStorage(new LocalDiskStorage(dir));
});

afterAll(() => {
  setEvidenceStorage(undefined);
  fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  signOutAll();
});

async function exportRow(id: string) {
  const [row] = await db.select().from(dataExports).where(eq(dataExports.id, id));
  return row!;
}

async function exportNotices(userId: string) {
  return db
    .select()
    .from(notifications)
    .where(and(eq(notifications.recipientId, userId), eq(notifications.type, "data_export")));
}

/** Asks for and builds an export of `user` at `now`; returns its id. */
async function exported(user: Pick<User, "id">, now = new Date()): Promise<string> {
  const { exportId } = await requestExport(user, now);
  await buildDueExports(5, now);
  return exportId;
}

function download(user: User | null, id: string) {
  if (user) signInAs(user);
  else signOutAll();
  return GET(new Request(`http://localhost/api/exports/${id}`), {
    params: Promise.resolve({ id }),
  });
}

function exportFiles(): string[] {
  const root = path.join(dir, "exports");
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .flatMap((e) => (e.isFile() ? [path.join(e.parentPath, e.name)] : []));
}

describe("what an export holds", () => {
  let everything: EverythingMember;
  let zip: ReturnType<typeof readZip>;

  beforeAll(async () => {
    everything = await memberWithEverything();
    zip = await storedZip(await exported(everything.member));
  });

  it("has a README and every section, each valid JSON", () => {
    const readme = new TextDecoder().decode(zip.files["README.txt"]);
    for (const section of sections) {
      expect(readme).toContain(section.file);
      expect(() => zip.json(section.file)).not.toThrow();
    }
    expect(readme).toContain(`@${everything.member.handle}`);
  });

  it("holds the account without any secret, and the profiles", () => {
    const { member } = everything;
    expect(zip.json("account.json")).toMatchObject({
      id: member.id,
      email: member.email,
      handle: member.handle,
      displayName: "Export Member",
      hasPassword: true,
      signInProviders: [{ provider: "github", providerAccountId: everything.githubId }],
    });
    expect(zip.text).not.toContain("passwordHash");
    expect(zip.text).not.toContain("sessionVersion");
    expect(zip.json("profile/applicant.json")).toMatchObject({
      goals: "Member's applicant goals",
      countryOfBirth: "IN",
    });
    expect(zip.json("profile/self-assessments.json")).toEqual([
      expect.objectContaining({ criterion: "judging", note: "Member's judging note" }),
    ]);
    expect(zip.json("profile/mentor.json")).toMatchObject({ bio: "Member's own mentor bio" });
    expect(zip.json("profile/case-records.json")).toEqual([
      expect.objectContaining({ id: everything.caseId, pathway: "eb1a" }),
    ]);
  });

  it("holds the evidence files' records and their exact bytes", () => {
    const [file] = zip.json("profile/evidence-files.json") as Array<Record<string, unknown>>;
    expect(file).toMatchObject({
      id: everything.evidenceId,
      fileName: "I-797 notice.pdf",
      note: "Member's evidence note",
    });
    expect(file).not.toHaveProperty("storageKey");
    const bytes = zip.files[file!.fileInThisZip as string];
    expect(Buffer.from(bytes!).equals(PDF)).toBe(true);
  });

  it("holds both sides of the member's mentorships, with names but never the other's email", () => {
    const requests = zip.json("mentorship/requests.json") as Array<Record<string, unknown>>;
    expect(requests).toHaveLength(2);
    expect(requests).toContainEqual(
      expect.objectContaining({
        role: "applicant",
        state: "accepted",
        message: "Member's request message",
        with: { name: "Counterpart Mentor", handle: everything.mentor.handle },
      }),
    );
    expect(requests).toContainEqual(
      expect.objectContaining({ role: "mentor", message: "Incoming message to the member" }),
    );
    const messages = zip.json("mentorship/messages.json") as Array<Record<string, unknown>>;
    expect(messages.map((m) => [m.from, m.body])).toEqual([
      ["you", "Message from the member"],
      ["Counterpart Mentor", "Message from the counterpart"],
    ]);
    expect(zip.json("mentorship/checklists.json")).toEqual([
      expect.objectContaining({
        applicantNote: "Member's checklist note",
        mentorComment: "Counterpart's checklist comment",
        updatedBy: "the other member",
      }),
    ]);
    expect(zip.json("mentorship/goals.json")).toEqual([
      expect.objectContaining({ text: "Space goal: draft the petition" }),
    ]);
    expect(zip.json("mentorship/feedback.json")).toEqual([
      expect.objectContaining({ rating: 5, text: "Member's feedback text" }),
    ]);
  });

  it("holds the member's own posts, held ones and their history included, and nobody's hidden text", () => {
    const threads = zip.json("community/threads.json") as Array<Record<string, unknown>>;
    expect(threads.map((t) => t.title)).toEqual(["Member's own question"]);
    const posts = zip.json("community/posts.json") as Array<Record<string, unknown>>;
    expect(posts.map((p) => p.body).sort()).toEqual([
      "Member's held reply",
      "Member's opening post",
      "Member's reply in a hidden thread",
    ]);
    expect(posts.find((p) => p.body === "Member's held reply")).toMatchObject({
      threadTitle: "Other member's thread",
    });
    expect(posts.find((p) => p.body === "Member's held reply")!.hiddenAt).not.toBeNull();
    expect(posts.find((p) => p.body === "Member's reply in a hidden thread")).toMatchObject({
      threadTitle: null,
    });
    expect(zip.json("community/post-revisions.json")).toEqual([
      expect.objectContaining({ version: 1, body: "Member's earlier text", editedBy: "you" }),
    ]);
    expect(zip.json("community/votes.json")).toHaveLength(1);
    expect(zip.json("community/followed-threads.json")).toHaveLength(1);
  });

  it("holds the library, saved items and dismissals", () => {
    expect(zip.json("library/content.json")).toEqual([
      expect.objectContaining({
        title: "Member's draft guide",
        status: "draft",
        body: "Draft body v2",
      }),
    ]);
    expect(zip.json("library/content-revisions.json")).toEqual([
      expect.objectContaining({ version: 1, body: "Draft body v1" }),
    ]);
    expect(zip.json("library/followed-authors.json")).toEqual([
      expect.objectContaining({ authorId: everything.mentor.id, name: "Counterpart Mentor" }),
    ]);
    expect(zip.json("saved.json")).toEqual([
      expect.objectContaining({ targetType: "mentor", targetId: everything.mentor.id }),
    ]);
    expect(zip.json("feed/not-interested.json")).toEqual([
      expect.objectContaining({ itemType: "content", tags: ["pathway:eb1a"] }),
    ]);
  });

  it("holds notifications (none about another's hidden post), preferences, reports, decisions, appeals, mail", () => {
    const notices = zip.json("notifications/notifications.json") as Array<Record<string, unknown>>;
    expect(notices.map((n) => n.text)).toEqual([
      "Counterpart Mentor sent you a message.",
      "Other Member replied in “Member's own question”.",
    ]);
    expect(zip.json("notifications/preferences.json")).toEqual([
      { type: "mention", inApp: true, email: false },
    ]);
    expect(zip.json("moderation/reports-filed.json")).toEqual([
      expect.objectContaining({ reason: "spam", details: "Member's report details" }),
    ]);
    expect(zip.json("moderation/decisions.json")).toEqual([
      expect.objectContaining({ action: "hide", reason: "Held for a receipt number" }),
    ]);
    expect(zip.json("moderation/appeals.json")).toEqual([
      expect.objectContaining({ text: "Member's appeal: the number was removed." }),
    ]);
    const emails = zip.json("emails.json") as Array<Record<string, unknown>>;
    expect(emails).toEqual([
      expect.objectContaining({
        subject: "Reset your password",
        text: expect.stringContaining("token=(removed)"),
      }),
    ]);
  });

  it("holds nothing private of anyone else, and no secret", () => {
    for (const secret of everything.secrets) expect(zip.text, secret).not.toContain(secret);
  });
});

describe("asking for an export", () => {
  it("allows one in progress at a time and a few a day; a failed build costs nothing", async () => {
    const member = await insertUser();
    const now = new Date();
    await requestExport(member, now);
    await expect(requestExport(member, now)).rejects.toThrow(ConflictError);
    await buildDueExports(5, now);
    await requestExport(member, now);
    await buildDueExports(5, now);
    await requestExport(member, now);
    // One more fails on our side: it does not count.
    await db
      .update(dataExports)
      .set({ state: "failed", failedAt: now, error: EXPORT_FAILED_MESSAGE })
      .where(and(eq(dataExports.userId, member.id), eq(dataExports.state, "requested")));
    await requestExport(member, now);
    await buildDueExports(5, now);
    await expect(requestExport(member, now)).rejects.toThrow(RateLimitedError);
    await requestExport(member, new Date(now.getTime() + DAY + 1000));
  });

  it("is announced by a notification and an email linking to Settings, with no secret link", async () => {
    const member = await insertUser();
    const id = await exported(member);
    expect(await exportRow(id)).toMatchObject({ state: "ready", attempts: 1 });
    const [notice] = await exportNotices(member.id);
    expect(notice!.data).toMatchObject({ outcome: "ready" });
    const [mail] = await db
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.to, member.email), eq(emailOutbox.kind, "data_export")));
    expect(mail!.subject).toBe("Your Landed data export is ready");
    expect(mail!.text).toContain("/settings/data");
    expect(mail!.text).not.toContain(id);
    expect(mail!.text).not.toMatch(/token|api\/exports/);
  });

  it("pages through thousands of rows without losing or repeating one", async () => {
    const member = await insertUser();
    const mentor = await insertMentor();
    const count = PAGE_SIZE * 2 + 1;
    await db.execute(
      sql`insert into notifications (recipient_id, type, data) select ${member.id}, 'mention', jsonb_build_object('title', 'Thread ' || n) from generate_series(1, ${count}) as n`,
    );
    // Many notifications at the very same moment: the (created_at, id) keyset must still move on.
    await db.execute(
      sql`insert into notifications (recipient_id, type, data, created_at) select ${member.id}, 'mention', jsonb_build_object('title', 'Same moment ' || n), '2026-01-01T00:00:00.123456Z' from generate_series(1, ${PAGE_SIZE + 3}) as n`,
    );
    const [request] = await db
      .insert(mentorshipRequests)
      .values({
        applicantId: member.id,
        mentorId: mentor.id,
        goals: "g",
        message: "m",
        state: "accepted",
        deadlineAt: new Date(),
        idempotencyKey: "many",
      })
      .returning();
    await db.execute(
      sql`insert into mentorship_messages (request_id, author_id, body) select ${request!.id}, ${mentor.id}, 'Message ' || n from generate_series(1, ${count}) as n`,
    );
    const [thread] = await db
      .insert(communityThreads)
      .values({
        authorId: member.id,
        category: "evidence-criteria",
        kind: "discussion",
        title: "Many posts",
        slug: "many",
        idempotencyKey: "many",
      })
      .returning();
    await db.execute(
      sql`insert into community_posts (thread_id, author_id, body, body_hash, idempotency_key) select ${thread!.id}, ${member.id}, 'Post ' || n, md5(n::text), 'many-' || n from generate_series(1, ${count}) as n`,
    );
    await db.execute(
      sql`insert into community_post_revisions (post_id, version, body, editor_id) select id, 1, 'Earlier ' || body, author_id from community_posts where author_id = ${member.id}`,
    );
    const zip = await storedZip(await exported(member));
    const distinct = (file: string, field: string) =>
      new Set((zip.json(file) as Array<Record<string, unknown>>).map((row) => row[field])).size;
    expect(distinct("notifications/notifications.json", "text")).toBe(count + PAGE_SIZE + 3);
    expect((zip.json("notifications/notifications.json") as unknown[]).length).toBe(
      count + PAGE_SIZE + 3,
    );
    expect(distinct("mentorship/messages.json", "body")).toBe(count);
    expect((zip.json("mentorship/messages.json") as unknown[]).length).toBe(count);
    expect(distinct("community/posts.json", "body")).toBe(count);
    expect((zip.json("community/post-revisions.json") as unknown[]).length).toBe(count);
  });
});

describe("the Settings action", () => {
  function form(): FormData {
    const data = new FormData();
    data.append("$ACTION_ID_0123456789abcdef", "");
    return data;
  }

  it("records a request for the signed-in member and starts the build after the response", async () => {
    const member = await insertUser();
    signInAs(member);
    vi.mocked(after).mockClear();
    const result = await requestExportAction({ status: "idle" }, form());
    expect(result).toMatchObject({ status: "success" });
    const [row] = await db.select().from(dataExports).where(eq(dataExports.userId, member.id));
    expect(row).toMatchObject({ state: "requested" });
    // A second click while it is prepared says so beside the button.
    expect(await requestExportAction({ status: "idle" }, form())).toMatchObject({
      status: "error",
      message: expect.stringContaining("already being prepared"),
    });
    // What the action left to run after the response builds it.
    for (const [task] of vi.mocked(after).mock.calls) await (task as () => Promise<void>)();
    expect(await exportRow(row!.id)).toMatchObject({ state: "ready" });
  });

  it("does nothing without a session", async () => {
    const before = await db.select().from(dataExports);
    expect(await requestExportAction({ status: "idle" }, form())).toMatchObject({
      status: "error",
    });
    expect(await db.select().from(dataExports)).toHaveLength(before.length);
  });
});

describe("the background build", () => {
  it("is claimed once when two sweeps race: one ZIP, one notification", async () => {
    const member = await insertUser();
    const { exportId } = await requestExport(member);
    await Promise.all([runSweep(), runSweep()]);
    expect(await exportRow(exportId)).toMatchObject({ state: "ready", attempts: 1 });
    expect(await exportNotices(member.id)).toHaveLength(1);
    // Every stored file belongs to exactly one export: the losing racer left nothing behind.
    const keys = await db.select({ key: dataExports.storageKey }).from(dataExports);
    const held = keys.flatMap((k) => (k.key ? [k.key] : []));
    expect(
      exportFiles()
        .map((f) => path.basename(f))
        .sort(),
    ).toEqual(held.sort());
  });

  it("claims again a build whose server died, and fails it after three tries", async () => {
    const member = await insertUser();
    const now = new Date();
    const { exportId } = await requestExport(member, now);
    const longAgo = new Date(now.getTime() - DAY);
    await db
      .update(dataExports)
      .set({ state: "building", startedAt: longAgo, attempts: 3 })
      .where(eq(dataExports.id, exportId));
    await buildDueExports(1, now);
    expect(await exportRow(exportId)).toMatchObject({
      state: "failed",
      error: EXPORT_FAILED_MESSAGE,
    });
    const [notice] = await exportNotices(member.id);
    expect(notice!.data).toMatchObject({ outcome: "failed" });
  });

  it("marks a failed build failed with a message the member can act on", async () => {
    const member = await insertUser();
    const { exportId } = await requestExport(member);
    const broken = new LocalDiskStorage(dir);
    broken.putFile = () => Promise.reject(new Error("disk full"));
    setEvidenceStorage({ ...broken, within: () => broken } as unknown as LocalDiskStorage);
    try {
      expect(await buildDueExports(1)).toEqual({ built: 0, failed: 1 });
    } finally {
      setEvidenceStorage(new LocalDiskStorage(dir));
    }
    expect(await exportRow(exportId)).toMatchObject({
      state: "failed",
      error: EXPORT_FAILED_MESSAGE,
      storageKey: null,
    });
    const [view] = await listOwnExports(member);
    expect(view).toMatchObject({ state: "failed", error: EXPORT_FAILED_MESSAGE });
    await requestExport(member);
  });
});

describe("downloading", () => {
  it("serves the ZIP to its owner only; everyone else gets the same 404", async () => {
    const owner = await insertUser();
    const stranger = await insertUser();
    const id = await exported(owner);
    const res = await download(owner, id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-disposition")).toMatch(
      new RegExp(
        `^attachment; filename="landed-export-${owner.handle}-\\d{4}-\\d{2}-\\d{2}\\.zip"`,
      ),
    );
    const zip = readZip(new Uint8Array(await res.arrayBuffer()));
    expect(zip.json("account.json")).toMatchObject({ id: owner.id });

    for (const [who, target] of [
      [stranger, id],
      [null, id],
      [owner, crypto.randomUUID()],
      [owner, "not-an-id"],
    ] as const) {
      const refused = await download(who, target);
      expect(refused.status).toBe(404);
      expect(await refused.text()).toBe("Not found");
    }
  });

  it("refuses after 7 days, and the sweep deletes the file", async () => {
    const owner = await insertUser();
    const stranger = await insertUser();
    const then = new Date(Date.now() - EXPORT_TTL_MS - 60_000);
    const id = await exported(owner, then);
    const { storageKey } = await exportRow(id);
    expect(exportFiles().some((f) => f.endsWith(storageKey!))).toBe(true);
    // Before any sweep: the expiry is read from the row.
    expect((await download(owner, id)).status).toBe(410);
    expect((await download(stranger, id)).status).toBe(404);
    await runSweep();
    expect(await exportRow(id)).toMatchObject({ state: "expired", storageKey: null });
    expect(exportFiles().some((f) => f.endsWith(storageKey!))).toBe(false);
    const gone = await download(owner, id);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("Ask for a new one");
  });
});
