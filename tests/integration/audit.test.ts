import { and, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog } from "@/db/schema";
import { AUDIT_PAGE_SIZE, diffAudit, formatAuditValue, listAudit } from "@/lib/admin/audit";
import { recordAudit } from "@/lib/audit";
import { ForbiddenError } from "@/lib/errors";
import { insertUser } from "./helpers";

type NewEntry = typeof auditLog.$inferInsert;

async function insertEntries(entries: NewEntry[]): Promise<void> {
  await db.insert(auditLog).values(entries);
}

/** The driver's message, whether or not Drizzle wraps the error. */
async function refusal(query: SQL): Promise<string | null> {
  try {
    await db.execute(query);
    return null;
  } catch (err) {
    const e = err as Error & { cause?: Error };
    return `${e.message} ${e.cause?.message ?? ""}`;
  }
}

describe("listing the audit log", () => {
  it("is for admins: a moderator and a member are refused, and each refusal is itself audited", async () => {
    const admin = await insertUser({ role: "admin" });
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser();
    for (const who of [moderator, member]) {
      await expect(listAudit(who, {})).rejects.toBeInstanceOf(ForbiddenError);
      const denied = await db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.actorId, who.id), eq(auditLog.action, "denied")));
      expect(denied).toHaveLength(1);
      expect(denied[0]).toMatchObject({
        targetType: "audit_log",
        metadata: { attempted: "audit.list", role: who.role, required: "admin" },
      });
    }
    const page = await listAudit(admin, { action: "denied" });
    const shown = page.rows.filter((r) => r.actor?.id === moderator.id);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      denied: true,
      actor: { handle: moderator.handle, displayName: moderator.displayName },
      details: expect.arrayContaining([{ key: "attempted", value: "audit.list" }]) as unknown,
    });
    expect(page.actions).toContain("denied");
    expect(page.targetTypes).toContain("audit_log");
  });

  it("filters by action, actor (handle or email, any case), target and UTC day range", async () => {
    const admin = await insertUser({ role: "admin" });
    const alice = await insertUser({ role: "moderator" });
    const bob = await insertUser({ role: "admin" });
    const target = await insertUser();
    const at = (iso: string) => new Date(iso);
    await insertEntries([
      {
        actorId: alice.id,
        action: "f.hide",
        targetType: "post",
        targetId: "p1",
        createdAt: at("2025-01-01T00:00:00Z"),
      },
      {
        actorId: alice.id,
        action: "f.hide",
        targetType: "post",
        targetId: "p2",
        createdAt: at("2025-01-02T23:59:59.999Z"),
      },
      {
        actorId: bob.id,
        action: "f.hide",
        targetType: "thread",
        targetId: "t1",
        createdAt: at("2025-01-03T00:00:00Z"),
      },
      {
        actorId: bob.id,
        action: "f.lock",
        targetType: "thread",
        targetId: "t1",
        createdAt: at("2024-12-31T23:59:59Z"),
      },
    ]);
    await db.transaction((tx) =>
      recordAudit(tx, {
        actorId: bob.id,
        action: "f.suspend",
        targetType: "user",
        targetId: target.id,
        reason: "Posting the same link everywhere",
        before: { status: "active", suspendedUntil: null, role: "member" },
        after: { status: "suspended", suspendedUntil: "2026-03-08T10:00:00.000Z", role: "member" },
      }),
    );
    const ids = async (filters: Parameters<typeof listAudit>[1]) =>
      (await listAudit(admin, filters)).rows
        .filter((r) => r.action.startsWith("f."))
        .map((r) => `${r.action}:${r.targetId}`);

    expect(await ids({ action: "f.hide" })).toEqual(["f.hide:t1", "f.hide:p2", "f.hide:p1"]);
    expect(await ids({ action: "f.hid" })).toEqual([]);
    expect(await ids({ actor: alice.handle.toUpperCase() })).toEqual(["f.hide:p2", "f.hide:p1"]);
    expect(await ids({ actor: bob.email.toUpperCase(), targetType: "thread" })).toEqual([
      "f.hide:t1",
      "f.lock:t1",
    ]);
    expect(await ids({ targetType: "thread", targetId: "t1", action: "f.lock" })).toEqual([
      "f.lock:t1",
    ]);
    expect(await ids({ from: "2025-01-01", to: "2025-01-02" })).toEqual(["f.hide:p2", "f.hide:p1"]);
    expect(await ids({ from: "2025-01-03" })).toEqual(
      expect.arrayContaining(["f.hide:t1", `f.suspend:${target.id}`]),
    );
    expect(await ids({ to: "2024-12-31" })).toEqual(["f.lock:t1"]);

    const [suspension] = (await listAudit(admin, { action: "f.suspend" })).rows;
    expect(suspension).toMatchObject({
      denied: false,
      reason: "Posting the same link everywhere",
      targetHandle: target.handle,
      targetHref: `/admin/users?q=${target.handle}`,
      changes: [
        { key: "status", before: "active", after: "suspended" },
        { key: "suspendedUntil", before: "none", after: "2026-03-08 10:00 UTC" },
      ],
      moreChanges: 0,
    });
    const [thread] = (await listAudit(admin, { action: "f.lock" })).rows;
    expect(thread?.targetHref).toBe("/community/t1");
    expect(thread?.actor?.handle).toBe(bob.handle);
  });

  it("pages newest first by (time, id) without skipping or repeating rows of the same instant", async () => {
    const admin = await insertUser({ role: "admin" });
    const sameInstant = new Date("2025-02-01T10:00:00.123456Z");
    const total = AUDIT_PAGE_SIZE * 2 + 7;
    await insertEntries(
      Array.from({ length: total }, (_, i) => ({
        actorId: admin.id,
        action: "p.bulk",
        targetType: "post",
        targetId: `p${i}`,
        // A few later rows, so the order is by time first and by id within an instant.
        createdAt: i % 10 === 0 ? new Date("2025-02-01T11:00:00Z") : sameInstant,
      })),
    );
    const seen: number[] = [];
    const times: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAudit(admin, { action: "p.bulk" }, cursor);
      expect(page.rows.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...page.rows.map((r) => r.id));
      times.push(...page.rows.map((r) => r.createdAt.getTime()));
      cursor = page.next;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const order = seen.map((id, i) => [times[i]!, id] as const);
    const sorted = [...order].sort((a, b) => b[0] - a[0] || b[1] - a[1]);
    expect(order).toEqual(sorted);

    const first = await listAudit(admin, { action: "p.bulk" });
    const forged = await listAudit(admin, { action: "p.bulk" }, "bm90LWEtY3Vyc29y");
    expect(forged.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });
});

describe("the audit log is append-only in the database", () => {
  it("has the triggers, and refuses UPDATE, DELETE and TRUNCATE even from the app's own connection", async () => {
    const admin = await insertUser({ role: "admin" });
    await insertEntries([
      { actorId: admin.id, action: "i.keep", targetType: "post", targetId: "k1", reason: "kept" },
    ]);
    const triggers = (await db.execute(
      sql`select tgname from pg_trigger where tgrelid = 'audit_log'::regclass and not tgisinternal order by tgname`,
    )) as unknown as { tgname: string }[] | { rows: { tgname: string }[] };
    const names = (Array.isArray(triggers) ? triggers : triggers.rows).map((t) => t.tgname);
    expect(names).toEqual(["audit_log_no_truncate", "audit_log_no_update_delete"]);

    expect(await refusal(sql`update audit_log set reason = 'x'`)).toMatch(/append-only/);
    expect(await refusal(sql`delete from audit_log`)).toMatch(/append-only/);
    expect(await refusal(sql`truncate audit_log`)).toMatch(/append-only/);
    await expect(
      db.transaction(async (tx) => {
        await tx.update(auditLog).set({ reason: "rewritten" }).where(eq(auditLog.action, "i.keep"));
      }),
    ).rejects.toThrow();

    const [kept] = await db.select().from(auditLog).where(eq(auditLog.action, "i.keep"));
    expect(kept?.reason).toBe("kept");
    const [{ count } = { count: 0 }] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(auditLog);
    expect(Number(count)).toBeGreaterThan(0);
  });
});

describe("denied attempts cannot flood the log (docs/security.md #29)", () => {
  it("counts a member's refused calls on one row per attempted action and hour, then stops writing", async () => {
    const { requireStaffRole } = await import("@/lib/moderation/authz");
    const { RateLimitedError } = await import("@/lib/errors");
    const member = await insertUser();
    const now = new Date("2026-03-01T10:05:00Z");
    const attempt = (action: string, minute: number) =>
      requireStaffRole(
        member,
        "admin",
        { action, targetType: "user", targetId: "x" },
        new Date(now.getTime() + minute * 60_000),
      );
    for (let i = 0; i < 20; i++)
      await expect(attempt("user.ban", i % 5)).rejects.toThrow(ForbiddenError);
    for (let i = 0; i < 5; i++)
      await expect(attempt("audit.list", 1)).rejects.toThrow(ForbiddenError);
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, member.id), eq(auditLog.action, "denied")));
    expect(rows).toHaveLength(2);
    const ban = rows.find((r) => r.metadata?.attempted === "user.ban")!;
    expect(ban.metadata).toMatchObject({ count: 20, role: "member", required: "admin" });
    expect(rows.find((r) => r.metadata?.attempted === "audit.list")!.metadata).toMatchObject({
      count: 5,
    });
    // Past the rate limit the call is refused and nothing more is written.
    for (let i = 0; i < 5; i++)
      await expect(attempt("user.ban", 4)).rejects.toThrow(ForbiddenError);
    await expect(attempt("user.ban", 4)).rejects.toThrow(RateLimitedError);
    const [after] = await db.select().from(auditLog).where(eq(auditLog.id, ban.id));
    expect(after!.metadata).toMatchObject({ count: 25 });
    // The next hour starts a new row.
    await expect(
      requireStaffRole(
        member,
        "admin",
        { action: "user.ban", targetType: "user", targetId: "x" },
        new Date(now.getTime() + 3_600_000),
      ),
    ).rejects.toThrow(ForbiddenError);
    const all = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, member.id), eq(auditLog.action, "denied")));
    expect(all).toHaveLength(3);
  });

  it("the trigger lets a denial's count grow and refuses every other change", async () => {
    const member = await insertUser();
    await insertEntries([
      {
        actorId: member.id,
        action: "denied",
        targetType: "user",
        targetId: "t",
        metadata: { attempted: "a", count: 3 },
      },
      {
        actorId: member.id,
        action: "user.ban",
        targetType: "user",
        targetId: "t",
        metadata: { count: 1 },
      },
    ]);
    const [denial] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, member.id), eq(auditLog.action, "denied")));
    const [other] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, member.id), eq(auditLog.action, "user.ban")));
    await db.execute(sql`select audit_log_count_denial(${denial!.id}, now())`);
    const [grown] = await db.select().from(auditLog).where(eq(auditLog.id, denial!.id));
    expect(grown!.metadata).toMatchObject({ attempted: "a", count: 4 });
    // Shrinking the count, changing what was attempted, or touching any other row is refused.
    expect(
      await refusal(
        sql`update audit_log set metadata = metadata || '{"count": 1}' where id = ${denial!.id}`,
      ),
    ).toMatch(/append-only/);
    expect(
      await refusal(
        sql`update audit_log set metadata = metadata || '{"attempted": "b", "count": 9}' where id = ${denial!.id}`,
      ),
    ).toMatch(/append-only/);
    expect(
      await refusal(
        sql`update audit_log set reason = 'x', metadata = metadata || '{"count": 9}' where id = ${denial!.id}`,
      ),
    ).toMatch(/append-only/);
    expect(
      await refusal(
        sql`update audit_log set metadata = metadata || '{"count": 9}' where id = ${other!.id}`,
      ),
    ).toMatch(/append-only/);
    expect(await refusal(sql`delete from audit_log where id = ${denial!.id}`)).toMatch(
      /append-only/,
    );
  });
});

describe("before and after as a short diff", () => {
  it("lists only the keys that changed, as short text", () => {
    expect(
      diffAudit(
        { status: "active", suspendedUntil: null, role: "member" },
        { status: "suspended", suspendedUntil: "2026-03-08T10:00:00.000Z", role: "member" },
      ),
    ).toEqual({
      changes: [
        { key: "status", before: "active", after: "suspended" },
        { key: "suspendedUntil", before: "none", after: "2026-03-08 10:00 UTC" },
      ],
      more: 0,
    });
    expect(diffAudit(null, { hidden: true }).changes).toEqual([
      { key: "hidden", before: null, after: "true" },
    ]);
    expect(diffAudit({ note: "x" }, {}).changes).toEqual([
      { key: "note", before: "x", after: null },
    ]);
  });

  it("never dumps a long value or a long list of keys", () => {
    const long = formatAuditValue("word ".repeat(100));
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long.endsWith("…")).toBe(true);
    expect(formatAuditValue({ nested: { deep: "x".repeat(200) } }).length).toBeLessThanOrEqual(48);
    const before = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i]));
    const after = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i + 1]));
    const diff = diffAudit(before, after);
    expect(diff.changes).toHaveLength(6);
    expect(diff.more).toBe(4);
  });
});
