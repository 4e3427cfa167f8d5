// Staff reads of members: the list with its search and filters, and one member's record (status
// and sanction, reports against and by them, decisions, audit trail); the suspension form.
import { and, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { auditLog, reports, users, type User } from "@/db/schema";
import { ForbiddenError } from "@/lib/errors";
import {
  getMemberForStaff,
  listMemberAuditTrail,
  listMemberDecisions,
  listMemberReports,
  listUsersForStaff,
  USERS_PAGE_SIZE,
} from "@/lib/moderation/queries";
import { banUser, restoreUser, suspendUser } from "@/lib/moderation/sanctions";
import {
  customUntilBounds,
  customUntilDate,
  memberListSearchSchema,
  suspendSchema,
} from "@/lib/moderation/schemas";
import { buildUser } from "@/tests/factories";
import { insertUser } from "./helpers";

describe("the staff member list", () => {
  it("pages through members created in the same instant without skipping or repeating", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const sameInstant = new Date("2026-03-01T10:00:00.123Z");
    const batch = Array.from({ length: USERS_PAGE_SIZE + 7 }, () => ({
      ...buildUser({ displayName: "Batch Member" }),
      createdAt: sameInstant,
    }));
    await db.insert(users).values(batch);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listUsersForStaff(moderator, { query: "Batch Member", cursor });
      seen.push(...page.rows.map((r) => r.email));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(batch.length);
    expect(new Set(seen).size).toBe(batch.length);
  });

  it("is for staff only", async () => {
    const member = await insertUser();
    await expect(listUsersForStaff(member, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("treats a forged cursor as the first page", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const first = await listUsersForStaff(moderator, {});
    const forged = await listUsersForStaff(moderator, { cursor: "not-a-cursor" });
    expect(forged.rows.map((r) => r.id)).toEqual(first.rows.map((r) => r.id));
  });
});

describe("filtering the member list", () => {
  async function emailsFor(
    actor: User,
    options: Parameters<typeof listUsersForStaff>[1],
  ): Promise<string[]> {
    return (await listUsersForStaff(actor, options)).rows.map((r) => r.email).sort();
  }

  it("filters by role and by the status a member lives with now", async () => {
    const moderator = await insertUser({ role: "moderator", displayName: "Filter Moderator" });
    const tag = `flt${Date.now().toString(36)}`;
    const make = (name: string, extra: Parameters<typeof insertUser>[0] = {}) =>
      insertUser({ displayName: `${tag} ${name}`, ...extra });
    const active = await make("active");
    const mod = await make("mod", { role: "moderator" });
    const suspended = await make("suspended", {
      status: "suspended",
      suspendedUntil: new Date(Date.now() + 86_400_000),
    });
    const indefinite = await make("indefinite", { status: "suspended" });
    const expired = await make("expired", {
      status: "suspended",
      suspendedUntil: new Date(Date.now() - 1000),
    });
    const banned = await make("banned", { status: "banned" });
    const unconfirmed = await make("unconfirmed", { emailVerifiedAt: null });
    const emails = (...us: User[]) => us.map((u) => u.email).sort();

    expect(await emailsFor(moderator, { query: tag, role: "moderator" })).toEqual(emails(mod));
    expect(await emailsFor(moderator, { query: tag, status: "suspended" })).toEqual(
      emails(suspended, indefinite),
    );
    expect(await emailsFor(moderator, { query: tag, status: "banned" })).toEqual(emails(banned));
    expect(await emailsFor(moderator, { query: tag, status: "active" })).toEqual(
      emails(active, mod, expired),
    );
    expect(await emailsFor(moderator, { query: tag, status: "unconfirmed" })).toEqual(
      emails(unconfirmed),
    );
    expect(await emailsFor(moderator, { query: tag, role: "admin" })).toEqual([]);
  });

  it("finds a member by handle, and treats % and _ as plain characters", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser({ handle: `zz-handle-${Date.now().toString(36)}` });
    expect(await emailsFor(moderator, { query: member.handle.toUpperCase() })).toEqual([
      member.email,
    ]);
    expect(await emailsFor(moderator, { query: "%" })).toEqual([]);
  });

  it("ignores unknown filters in the address instead of failing", () => {
    expect(
      memberListSearchSchema.parse({ q: ["a", "b"], role: "owner", status: "gone", after: "x" }),
    ).toEqual({ q: undefined, role: undefined, status: undefined, after: "x" });
    expect(memberListSearchSchema.parse({ q: "  ana  ", role: "admin" })).toMatchObject({
      q: "ana",
      role: "admin",
    });
  });

  it("refuses a member and records the attempt", async () => {
    const member = await insertUser();
    await expect(listUsersForStaff(member, { role: "admin" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actorId, member.id))
      .orderBy(desc(auditLog.id));
    expect(entry).toMatchObject({ action: "denied", metadata: { attempted: "user.list" } });
  });
});

describe("a member's record", () => {
  async function report(
    reporter: User,
    owner: User | null,
    extra: Partial<typeof reports.$inferInsert> = {},
  ) {
    await db.insert(reports).values({
      reporterId: reporter.id,
      targetType: "thread",
      targetId: crypto.randomUUID(),
      targetUserId: owner?.id ?? null,
      reason: "spam",
      ...extra,
    });
  }

  it("shows the sanction in force with the reason the member was given", async () => {
    const moderator = await insertUser({ role: "moderator", displayName: "Mo Derator" });
    const member = await insertUser();
    expect(await getMemberForStaff(moderator, member.id)).toMatchObject({
      id: member.id,
      status: "active",
      sanction: null,
    });
    const until = new Date(Date.now() + 3 * 86_400_000);
    await suspendUser(moderator, { userId: member.id, until, reason: "Same link everywhere" });
    expect(await getMemberForStaff(moderator, member.id)).toMatchObject({
      status: "suspended",
      suspendedUntil: until,
      sanction: {
        action: "suspend",
        reason: "Same link everywhere",
        until,
        actorName: "Mo Derator",
      },
    });
    await restoreUser(moderator, member.id, "Appeal upheld");
    expect((await getMemberForStaff(moderator, member.id))?.sanction).toBeNull();
  });

  it("is null for an unknown or malformed id, and refused to a member", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser();
    expect(await getMemberForStaff(moderator, crypto.randomUUID())).toBeNull();
    expect(await getMemberForStaff(moderator, "not-a-uuid")).toBeNull();
    await expect(getMemberForStaff(member, moderator.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lists reports against the member and by them, newest first, with the other person", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser({ displayName: "Reported Person" });
    const reporter = await insertUser({ displayName: "Careful Reader" });
    const author = await insertUser({ displayName: "Someone Else" });
    await report(reporter, member, { createdAt: new Date("2026-03-01T10:00:00Z") });
    await report(reporter, member, {
      reason: "other",
      details: "Asks for money up front",
      targetType: "profile",
      status: "actioned",
      createdAt: new Date("2026-03-02T10:00:00Z"),
    });
    await report(member, author, { reason: "harassment" });
    await report(reporter, author);

    const { against, by } = await listMemberReports(moderator, member.id);
    expect(against.map((r) => [r.reason, r.targetType, r.status, r.otherName])).toEqual([
      ["other", "profile", "actioned", "Careful Reader"],
      ["spam", "thread", "open", "Careful Reader"],
    ]);
    expect(against[0]!.details).toBe("Asks for money up front");
    expect(by.map((r) => [r.reason, r.otherId, r.otherName])).toEqual([
      ["harassment", author.id, "Someone Else"],
    ]);
    await expect(listMemberReports(reporter, member.id)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("lists the decisions that affected the member, newest first", async () => {
    const admin = await insertUser({ role: "admin", displayName: "Ad Min" });
    const member = await insertUser();
    await suspendUser(admin, { userId: member.id, until: null, reason: "First warning sign" });
    await banUser(admin, { userId: member.id, reason: "Selling fake awards" });
    const decisions = await listMemberDecisions(admin, member.id);
    expect(decisions.map((d) => [d.action, d.reason, d.actorName, d.reversedAt === null])).toEqual([
      ["ban", "Selling fake awards", "Ad Min", true],
      ["suspend", "First warning sign", "Ad Min", false],
    ]);
  });

  it("shows admins the audit trail about and by the member, newest first, with a limit", async () => {
    const admin = await insertUser({ role: "admin" });
    const moderator = await insertUser({ role: "moderator" });
    const other = await insertUser();
    await suspendUser(admin, { userId: moderator.id, until: null, reason: "Cooling off" });
    await restoreUser(admin, moderator.id, "Back to work");
    // Something the moderator did, recorded with them as the actor.
    await db.insert(auditLog).values({
      actorId: moderator.id,
      action: "user.suspend",
      targetType: "user",
      targetId: other.id,
      reason: "Their own action",
    });

    const trail = await listMemberAuditTrail(admin, moderator.id);
    expect(trail.more).toBe(false);
    expect(trail.rows.map((e) => [e.action, e.reason])).toEqual([
      ["user.suspend", "Their own action"],
      ["user.restore", "Back to work"],
      ["user.suspend", "Cooling off"],
    ]);
    const limited = await listMemberAuditTrail(admin, moderator.id, 2);
    expect(limited.rows).toHaveLength(2);
    expect(limited.more).toBe(true);
  });

  it("keeps the audit trail from moderators, and records their attempt", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser();
    await expect(listMemberAuditTrail(moderator, member.id)).rejects.toBeInstanceOf(ForbiddenError);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, moderator.id), eq(auditLog.action, "denied")));
    expect(entry).toMatchObject({
      targetId: member.id,
      metadata: { attempted: "user.audit_trail", required: "admin" },
    });
  });
});

describe("the suspension form", () => {
  const userId = crypto.randomUUID();
  const day = (offsetDays: number) =>
    new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  const parse = (fields: Record<string, string>) =>
    suspendSchema.safeParse({ userId, reason: "Posting spam links", ...fields });

  it("takes a custom end date in the future and at most a year away", () => {
    const ok = parse({ duration: "custom", until: day(10) });
    expect(ok.success && ok.data.until).toBe(day(10));
    expect(customUntilDate(day(10)).toISOString()).toBe(`${day(10)}T00:00:00.000Z`);
    expect(parse({ duration: "custom", until: customUntilBounds().max }).success).toBe(true);
  });

  it.each([
    ["no date", {}, "Choose the day the suspension ends."],
    ["today", { until: day(0) }, "Choose a day after today."],
    ["a past day", { until: day(-3) }, "Choose a day after today."],
    ["more than a year away", { until: day(400) }, "A suspension lasts at most 365 days"],
    ["a date that is not one", { until: "31/12/2026" }, "Enter a date as YYYY-MM-DD."],
  ])("refuses %s beside the date field", (_label, extra, message) => {
    const result = parse({ duration: "custom", ...extra });
    expect(result.success).toBe(false);
    const errors = result.success ? undefined : z.flattenError(result.error).fieldErrors;
    expect(errors).toEqual({ until: [expect.stringContaining(message)] });
  });

  it("ignores a date sent with a fixed duration", () => {
    const result = parse({ duration: "7d", until: "" });
    expect(result.success).toBe(true);
  });
});
