// Roles and the sanctions only admins may apply: Landed always keeps an admin who can act (decided
// by row locks, not by a read before the write), crafted calls from members and moderators change
// nothing and are audited as "denied", and a ban ends every session and leaves an appealable decision.
import { signInAs, signOutAll } from "@/tests/support/next-mocks";
import { and, desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { auditLog, moderationDecisions, users } from "@/db/schema";
import { banUserAction, changeRoleAction } from "@/app/(admin)/admin/users/actions";
import { verifyCredentials } from "@/lib/auth/accounts";
import { resolveSessionUser } from "@/lib/auth/session-check";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/errors";
import { changeRole, LAST_ADMIN_MESSAGE } from "@/lib/moderation/roles";
import { banUser, restoreUser, suspendUser } from "@/lib/moderation/sanctions";
import { DEMO_PASSWORD } from "@/tests/factories";
import { claimsFor, freshIp, insertUser, reloadUser } from "./helpers";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_0123456789abcdef", "");
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

function auditAbout(userId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, userId)))
    .orderBy(desc(auditLog.id));
}

function decisionsFor(userId: string) {
  return db
    .select()
    .from(moderationDecisions)
    .where(eq(moderationDecisions.subjectUserId, userId))
    .orderBy(desc(moderationDecisions.createdAt));
}

async function adminIds(): Promise<string[]> {
  const rows = await db.select({ id: users.id }).from(users).where(eq(users.role, "admin"));
  return rows.map((r) => r.id);
}

beforeEach(async () => {
  signOutAll();
  // Each test decides who the admins are: the file's database is shared by its tests.
  await db.update(users).set({ role: "member" }).where(eq(users.role, "admin"));
});

describe("changing roles", () => {
  it("an admin makes a member a moderator, with the change and its reason in the audit log", async () => {
    const admin = await insertUser({ role: "admin" });
    const member = await insertUser();
    await changeRole(admin, { userId: member.id, role: "moderator", reason: "Joins the team" });
    expect((await reloadUser(member.id)).role).toBe("moderator");
    const [entry] = await auditAbout(member.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "user.role_change",
      reason: "Joins the team",
      before: { role: "member" },
      after: { role: "moderator" },
    });
  });

  it("refuses a change to the role the person already has", async () => {
    const admin = await insertUser({ role: "admin" });
    const moderator = await insertUser({ role: "moderator" });
    await expect(
      changeRole(admin, { userId: moderator.id, role: "moderator", reason: "Same again" }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await auditAbout(moderator.id)).toEqual([]);
  });

  it("the last admin cannot step down, and an admin can once there is another", async () => {
    const admin = await insertUser({ role: "admin" });
    await expect(
      changeRole(admin, { userId: admin.id, role: "member", reason: "Stepping down" }),
    ).rejects.toThrow(LAST_ADMIN_MESSAGE);
    expect((await reloadUser(admin.id)).role).toBe("admin");
    expect(await auditAbout(admin.id)).toEqual([]);

    const second = await insertUser();
    await changeRole(admin, { userId: second.id, role: "admin", reason: "A second admin" });
    await changeRole(admin, { userId: admin.id, role: "moderator", reason: "Stepping down" });
    expect(await adminIds()).toEqual([second.id]);
  });

  it("a banned admin does not count: the only admin who can sign in stays one", async () => {
    const admin = await insertUser({ role: "admin" });
    await insertUser({ role: "admin", status: "banned" });
    await expect(
      changeRole(admin, { userId: admin.id, role: "member", reason: "Stepping down" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await reloadUser(admin.id)).role).toBe("admin");
  });

  it("two admins demoting each other at the same moment leave one admin", async () => {
    for (let round = 0; round < 3; round++) {
      await db.update(users).set({ role: "member" }).where(eq(users.role, "admin"));
      const a = await insertUser({ role: "admin" });
      const b = await insertUser({ role: "admin" });
      const results = await Promise.allSettled([
        changeRole(a, { userId: b.id, role: "member", reason: "Demoting b" }),
        changeRole(b, { userId: a.id, role: "member", reason: "Demoting a" }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      const refused = results.find((r) => r.status === "rejected");
      expect(refused?.reason).toBeInstanceOf(Error);
      const remaining = await adminIds();
      expect(remaining).toHaveLength(1);
      expect([a.id, b.id]).toContain(remaining[0]);
    }
  });

  it("two admins stepping down at the same moment leave one admin", async () => {
    const a = await insertUser({ role: "admin" });
    const b = await insertUser({ role: "admin" });
    const results = await Promise.allSettled([
      changeRole(a, { userId: a.id, role: "member", reason: "Stepping down" }),
      changeRole(b, { userId: b.id, role: "member", reason: "Stepping down" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await adminIds()).toHaveLength(1);
  });

  it.each([["member" as const], ["moderator" as const]])(
    "a %s's attempt changes nothing and is audited as denied",
    async (role) => {
      await insertUser({ role: "admin" });
      const actor = await insertUser({ role });
      const target = await insertUser();
      for (const userId of [target.id, actor.id]) {
        await expect(
          changeRole(actor, { userId, role: "admin", reason: "Make me an admin" }),
        ).rejects.toBeInstanceOf(ForbiddenError);
      }
      expect((await reloadUser(target.id)).role).toBe("member");
      expect((await reloadUser(actor.id)).role).toBe(role);
      // Both attempts are counted on the hour's one row for this action (docs/security.md #29).
      const denied = await auditAbout(target.id);
      expect(denied).toHaveLength(1);
      expect(denied[0]).toMatchObject({
        actorId: actor.id,
        action: "denied",
        metadata: { attempted: "user.role_change", role, required: "admin", count: 2 },
      });
      expect(await auditAbout(actor.id)).toEqual([]);
    },
  );
});

describe("the admin-only actions, called directly", () => {
  it.each([["member" as const], ["moderator" as const]])(
    "a %s's crafted role change is refused, changes nothing and is audited as denied",
    async (role) => {
      const actor = await insertUser({ role });
      const target = await insertUser();
      signInAs(actor);
      const result = await changeRoleAction(
        { status: "idle" },
        form({ userId: target.id, role: "admin", reason: "A crafted request" }),
      );
      expect(result).toMatchObject({ status: "error", message: "Only an admin can do that." });
      expect(await reloadUser(target.id)).toEqual(target);
      expect(await auditAbout(target.id)).toMatchObject([
        { actorId: actor.id, action: "denied", metadata: { attempted: "user.role_change" } },
      ]);
    },
  );

  it("a moderator's crafted ban is refused, changes nothing and is audited as denied", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const target = await insertUser();
    signInAs(moderator);
    const result = await banUserAction(
      { status: "idle" },
      form({ userId: target.id, reason: "A crafted request" }),
    );
    expect(result).toMatchObject({ status: "error", message: "Only an admin can do that." });
    expect(await reloadUser(target.id)).toEqual(target);
    expect(await decisionsFor(target.id)).toEqual([]);
    expect(await auditAbout(target.id)).toMatchObject([
      { actorId: moderator.id, action: "denied", metadata: { attempted: "user.ban" } },
    ]);
  });

  it("with no session: refused as signed out, nothing audited", async () => {
    const target = await insertUser();
    const result = await changeRoleAction(
      { status: "idle" },
      form({ userId: target.id, role: "admin", reason: "A crafted request" }),
    );
    expect(result).toMatchObject({ status: "error" });
    expect(await reloadUser(target.id)).toEqual(target);
    expect(await auditAbout(target.id)).toEqual([]);
  });

  it("an admin's form with an extra field is refused and writes nothing", async () => {
    const admin = await insertUser({ role: "admin" });
    const target = await insertUser();
    signInAs(admin);
    const result = await changeRoleAction(
      { status: "idle" },
      form({ userId: target.id, role: "moderator", reason: "Joins", status: "active" }),
    );
    expect(result).toMatchObject({ status: "error" });
    expect(await reloadUser(target.id)).toEqual(target);
    expect(await auditAbout(target.id)).toEqual([]);
  });

  it("an admin's role change through the action succeeds", async () => {
    const admin = await insertUser({ role: "admin" });
    const target = await insertUser();
    signInAs(admin);
    expect(
      await changeRoleAction(
        { status: "idle" },
        form({ userId: target.id, role: "moderator", reason: "Joins the team" }),
      ),
    ).toEqual({ status: "success", message: "Role changed to moderator." });
    expect((await reloadUser(target.id)).role).toBe("moderator");
  });
});

describe("banning", () => {
  it("ends every session, blocks sign-in with the reason, and writes an appealable decision", async () => {
    const admin = await insertUser({ role: "admin" });
    const member = await insertUser();
    const phone = claimsFor(member);
    const { decisionId } = await banUser(admin, {
      userId: member.id,
      reason: "Selling fake judging invitations",
    });

    const banned = await reloadUser(member.id);
    expect(banned).toMatchObject({ status: "banned", suspendedUntil: null });
    expect(banned.sessionVersion).toBe(member.sessionVersion + 1);
    expect(await resolveSessionUser(phone)).toBeNull();
    expect(await resolveSessionUser(claimsFor(banned))).toBeNull();

    const [decision] = await decisionsFor(member.id);
    expect(decision).toMatchObject({
      id: decisionId,
      action: "ban",
      reason: "Selling fake judging invitations",
      until: null,
      actorId: admin.id,
      reversedAt: null,
    });
    const [entry] = await auditAbout(member.id);
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "user.ban",
      reason: "Selling fake judging invitations",
      before: { status: "active" },
      after: { status: "banned" },
      metadata: { decisionId },
    });

    const refused = await verifyCredentials(member.email, DEMO_PASSWORD, freshIp());
    expect(refused).toMatchObject({ ok: false, reason: "banned" });
    expect(refused.ok ? null : refused.why).toBe("Selling fake judging invitations");
  });

  it("only admins ban; a moderator's attempt is audited as denied", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser();
    await expect(banUser(moderator, { userId: member.id, reason: "Spam" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect(await reloadUser(member.id)).toEqual(member);
    expect((await auditAbout(member.id)).map((e) => e.action)).toEqual(["denied"]);
  });

  it("an admin cannot ban themselves, nor ban twice", async () => {
    const admin = await insertUser({ role: "admin" });
    const member = await insertUser();
    await expect(banUser(admin, { userId: admin.id, reason: "Oops" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await banUser(admin, { userId: member.id, reason: "Spam" });
    await expect(banUser(admin, { userId: member.id, reason: "Spam" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await decisionsFor(member.id)).toHaveLength(1);
  });

  it("only an admin lifts a ban; lifting it closes the decision", async () => {
    const admin = await insertUser({ role: "admin" });
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser();
    await banUser(admin, { userId: member.id, reason: "Spam" });
    await expect(restoreUser(moderator, member.id, "Looks fine")).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    expect((await reloadUser(member.id)).status).toBe("banned");
    expect((await auditAbout(member.id))[0]).toMatchObject({
      action: "denied",
      actorId: moderator.id,
    });

    await restoreUser(admin, member.id, "Appeal upheld");
    expect((await reloadUser(member.id)).status).toBe("active");
    expect((await decisionsFor(member.id))[0]!.reversedAt).toBeInstanceOf(Date);
  });

  it("two admins banning each other at the same moment leave one who can act", async () => {
    const a = await insertUser({ role: "admin" });
    const b = await insertUser({ role: "admin" });
    const results = await Promise.allSettled([
      banUser(a, { userId: b.id, reason: "Rogue admin" }),
      banUser(b, { userId: a.id, reason: "Rogue admin" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const statuses = [(await reloadUser(a.id)).status, (await reloadUser(b.id)).status].sort();
    expect(statuses).toEqual(["active", "banned"]);
  });
});

describe("suspension decisions", () => {
  it("a suspension writes a decision with its end; the sign-in refusal says why and until when", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser();
    const until = new Date(Date.now() + 10 * 86_400_000);
    await suspendUser(moderator, { userId: member.id, until, reason: "Same link everywhere" });
    const [decision] = await decisionsFor(member.id);
    expect(decision).toMatchObject({
      action: "suspend",
      until,
      reason: "Same link everywhere",
      actorId: moderator.id,
    });
    expect((await auditAbout(member.id))[0]).toMatchObject({
      action: "user.suspend",
      metadata: { decisionId: decision!.id },
    });

    const refused = await verifyCredentials(member.email, DEMO_PASSWORD, freshIp());
    expect(refused).toMatchObject({ ok: false, reason: "suspended", until });
  });

  it("a new suspension replaces the one in force; a restore closes it", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser();
    await suspendUser(moderator, { userId: member.id, until: null, reason: "First" });
    await suspendUser(moderator, {
      userId: member.id,
      until: new Date(Date.now() + 86_400_000),
      reason: "Second",
    });
    const [second, first] = await decisionsFor(member.id);
    expect(first).toMatchObject({ reason: "First", reversedAt: expect.any(Date) });
    expect(second).toMatchObject({ reason: "Second", reversedAt: null });
    const refused = await verifyCredentials(member.email, DEMO_PASSWORD, freshIp());
    expect(refused.ok ? null : refused.why).toBe("Second");

    await restoreUser(moderator, member.id, "Appeal upheld");
    expect((await decisionsFor(member.id)).every((d) => d.reversedAt)).toBe(true);
  });

  it("refuses a suspension longer than a year, and suspending a banned account", async () => {
    const admin = await insertUser({ role: "admin" });
    const member = await insertUser();
    await expect(
      suspendUser(admin, {
        userId: member.id,
        until: new Date(Date.now() + 400 * 86_400_000),
        reason: "Too long",
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await banUser(admin, { userId: member.id, reason: "Spam" });
    await expect(
      suspendUser(admin, { userId: member.id, until: null, reason: "Softer" }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect((await reloadUser(member.id)).status).toBe("banned");
  });

  it("a member calling suspend directly is refused and audited as denied", async () => {
    const member = await insertUser();
    const other = await insertUser();
    await expect(
      suspendUser(member, { userId: other.id, until: null, reason: "Crafted" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await reloadUser(other.id)).toEqual(other);
    expect((await auditAbout(other.id)).map((e) => e.action)).toEqual(["denied"]);
  });
});

describe("the sign-in refusal message", () => {
  function refusal(code: string) {
    // The shape next-auth gives a refused credentials sign-in (see SignInRefused).
    return signInErrorMessage(
      Object.assign(new Error(code), { code, type: "CredentialsSignin" }) as never,
    );
  }

  it("says until when and why for a suspension, and why for a ban", () => {
    const until = Date.UTC(2031, 0, 15, 9, 30);
    expect(refusal(`suspended:${until}:${encodeURIComponent("Spam: the same link")}`).message).toBe(
      "This account is suspended until Wed, 15 Jan 2031 09:30:00 UTC. Reason: Spam: the same link. To appeal, use the link in the email we sent you.",
    );
    expect(refusal(`suspended::${encodeURIComponent("Harassment")}`).message).toBe(
      "This account is suspended. A moderator will review it. Reason: Harassment. To appeal, use the link in the email we sent you.",
    );
    expect(refusal(`banned::${encodeURIComponent("Selling fake awards")}`).message).toBe(
      "This account has been closed for breaking the community rules. Reason: Selling fake awards. To appeal, use the link in the email we sent you.",
    );
    expect(refusal("banned::%E0%A4%A").message).toBe(
      "This account has been closed for breaking the community rules. To appeal, use the link in the email we sent you.",
    );
  });
});
