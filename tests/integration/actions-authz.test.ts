// docs/security.md #6–8: a crafted POST straight to a server action, with no session, a stale one,
// or too low a role, changes nothing; ids and extra fields in forms are never trusted.
import { nextState, signInAs, signOutAll } from "@/tests/support/next-mocks";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db/client";
import { auditLog, revokedSessions, type User } from "@/db/schema";
import { restoreUserAction, suspendUserAction } from "@/app/(admin)/admin/users/actions";
import { changePasswordAction, signOutEverywhereAction } from "@/app/(member)/settings/actions";
import { verifyCredentials } from "@/lib/auth/accounts";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { resolveSessionUser } from "@/lib/auth/session-check";
import { DEMO_PASSWORD } from "@/tests/factories";
import { claimsFor, freshIp, insertUser, lastEmailTo, reloadUser } from "./helpers";

const sessionEnded = { status: "error", message: "Your session has ended. Please sign in again." };
const staffOnly = { status: "error", message: "Only moderators and admins can do that." };
const extraFields = "This form sent fields it should not have. Reload the page and try again.";
const newPassword = "harbour-lantern-47";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_0123456789abcdef", "");
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

/** A redirect thrown by an action, as Next.js would turn it into a response. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const err = (await promise.then(
    () => new Error("expected a redirect"),
    (e: unknown) => e,
  )) as { digest?: string };
  const match = /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(err.digest ?? "");
  if (!match) throw err;
  return match[1]!;
}

function auditFor(userId: string) {
  return db.select().from(auditLog).where(eq(auditLog.targetId, userId));
}

function suspendForm(userId: string, extra: Record<string, string> = {}) {
  return form({ userId, duration: "7d", reason: "Posting spam links", ...extra });
}

beforeEach(() => {
  signOutAll();
  nextState.afterCallbacks.length = 0;
  vi.mocked(signIn).mockClear();
  vi.mocked(signOut).mockClear();
  vi.mocked(revalidatePath).mockClear();
});

describe("member actions without a usable session", () => {
  const passwordForm = (extra: Record<string, string> = {}) =>
    form({
      currentPassword: DEMO_PASSWORD,
      password: newPassword,
      confirmPassword: newPassword,
      ...extra,
    });

  it("change password with no session changes no one's password", async () => {
    const victim = await insertUser();
    const result = await changePasswordAction(
      { status: "idle" },
      passwordForm({ userId: victim.id }),
    );
    expect(result).toMatchObject(sessionEnded);
    expect(await reloadUser(victim.id)).toEqual(victim);
    expect(await lastEmailTo(victim.email)).toBeUndefined();
    expect(signIn).not.toHaveBeenCalled();
  });

  it("sign out everywhere with no session ends no one's sessions", async () => {
    const victim = await insertUser();
    const victimSession = claimsFor(victim);
    expect(await signOutEverywhereAction({ status: "idle" }, form({}))).toMatchObject(sessionEnded);
    expect((await reloadUser(victim.id)).sessionVersion).toBe(victim.sessionVersion);
    expect(await resolveSessionUser(victimSession)).not.toBeNull();
    expect(signOut).not.toHaveBeenCalled();
  });

  it.each([
    [
      "a stale session (before the last sign-out everywhere)",
      (u: User) => signInAs(u, { sessionVersion: u.sessionVersion - 1 }),
    ],
    [
      "a session from the future (forged version)",
      (u: User) => signInAs(u, { sessionVersion: u.sessionVersion + 1 }),
    ],
    [
      "a session past its absolute lifetime",
      (u: User) => signInAs(u, { authTime: Date.now() - 31 * 24 * 3600 * 1000 }),
    ],
    [
      "a session for an account that does not exist",
      () => signInAs({ id: crypto.randomUUID(), sessionVersion: 1 }),
    ],
  ])("treats %s as no session", async (_label, sign) => {
    const user = await insertUser({ sessionVersion: 3 });
    sign(user);
    expect(await changePasswordAction({ status: "idle" }, passwordForm())).toMatchObject(
      sessionEnded,
    );
    expect(await signOutEverywhereAction({ status: "idle" }, form({}))).toMatchObject(sessionEnded);
    expect(await reloadUser(user.id)).toEqual(user);
  });

  it("treats a signed-out (revoked) session as no session", async () => {
    const user = await insertUser();
    const claims = signInAs(user);
    await db.insert(revokedSessions).values({
      sessionId: claims.sessionId,
      userId: user.id,
      expiresAt: new Date(Date.now() + 1e9),
    });
    expect(await changePasswordAction({ status: "idle" }, passwordForm())).toMatchObject(
      sessionEnded,
    );
    expect(await reloadUser(user.id)).toEqual(user);
  });

  it("treats a suspended member's session as no session", async () => {
    const user = await insertUser({ status: "suspended" });
    signInAs(user);
    expect(await signOutEverywhereAction({ status: "idle" }, form({}))).toMatchObject(sessionEnded);
    expect(await reloadUser(user.id)).toEqual(user);
  });
});

describe("change password changes only the signed-in member's own password", () => {
  it("refuses a form that names another member and writes nothing", async () => {
    const me = await insertUser();
    const other = await insertUser();
    signInAs(me);
    const result = await changePasswordAction(
      { status: "idle" },
      form({
        userId: other.id,
        currentPassword: DEMO_PASSWORD,
        password: newPassword,
        confirmPassword: newPassword,
      }),
    );
    expect(result).toMatchObject({ status: "error", message: extraFields });
    expect(await reloadUser(me.id)).toEqual(me);
    expect(await reloadUser(other.id)).toEqual(other);
    expect(signIn).not.toHaveBeenCalled();
  });

  it("changes my password, ends my other sessions, and signs this device in again", async () => {
    const me = await insertUser();
    const other = await insertUser();
    const myOldSession = signInAs(me);
    const target = await redirectOf(
      changePasswordAction(
        { status: "idle" },
        form({
          currentPassword: DEMO_PASSWORD,
          password: newPassword,
          confirmPassword: newPassword,
        }),
      ),
    );
    expect(target).toBe("/settings?password=changed");
    expect(signIn).toHaveBeenCalledWith(
      "credentials",
      expect.objectContaining({ email: me.email, password: newPassword }),
    );
    const after = await reloadUser(me.id);
    expect(after.sessionVersion).toBe(me.sessionVersion + 1);
    expect(after.passwordHash).not.toBe(me.passwordHash);
    expect((await verifyCredentials(me.email, newPassword, freshIp())).ok).toBe(true);
    expect(await resolveSessionUser(myOldSession)).toBeNull();
    expect((await lastEmailTo(me.email))?.kind).toBe("password_changed");
    expect(await reloadUser(other.id)).toEqual(other);
  });

  it("refuses a wrong current password beside the field, and never echoes a password back", async () => {
    const me = await insertUser();
    signInAs(me);
    const result = await changePasswordAction(
      { status: "idle" },
      form({
        currentPassword: "not-my-password",
        password: newPassword,
        confirmPassword: newPassword,
      }),
    );
    expect(result).toMatchObject({
      status: "error",
      message: "Check your current password.",
      fieldErrors: { currentPassword: ["This is not your current password."] },
    });
    expect(JSON.stringify(result)).not.toContain("not-my-password");
    expect(JSON.stringify(result)).not.toContain(newPassword);
    expect(await reloadUser(me.id)).toEqual(me);
  });

  it("refuses a common new password beside the field", async () => {
    const me = await insertUser();
    signInAs(me);
    const result = await changePasswordAction(
      { status: "idle" },
      form({
        currentPassword: DEMO_PASSWORD,
        password: "password123",
        confirmPassword: "password123",
      }),
    );
    expect(result).toMatchObject({
      status: "error",
      fieldErrors: {
        password: ["This password is too common. Choose one that is harder to guess."],
      },
    });
    expect(await reloadUser(me.id)).toEqual(me);
  });
});

describe("sign out everywhere", () => {
  it("ends every session of the signed-in member only, then leaves for the sign-in page", async () => {
    const me = await insertUser();
    const other = await insertUser();
    const laptop = claimsFor(me);
    signInAs(me);
    expect(await redirectOf(signOutEverywhereAction({ status: "idle" }, form({})))).toBe(
      "/sign-in?signedOut=everywhere",
    );
    expect((await reloadUser(me.id)).sessionVersion).toBe(me.sessionVersion + 1);
    expect(await resolveSessionUser(laptop)).toBeNull();
    expect(await reloadUser(other.id)).toEqual(other);
  });

  it("refuses a form naming another member", async () => {
    const me = await insertUser();
    const other = await insertUser();
    signInAs(me);
    const result = await signOutEverywhereAction({ status: "idle" }, form({ userId: other.id }));
    expect(result).toMatchObject({ status: "error", message: extraFields });
    expect(await reloadUser(me.id)).toEqual(me);
    expect(await reloadUser(other.id)).toEqual(other);
  });
});

describe("staff actions", () => {
  it("with no session: refused, the target stays active, nothing audited", async () => {
    const target = await insertUser();
    expect(await suspendUserAction({ status: "idle" }, suspendForm(target.id))).toMatchObject(
      sessionEnded,
    );
    expect(await reloadUser(target.id)).toEqual(target);
    expect(await auditFor(target.id)).toEqual([]);
  });

  it("with a member's session: refused, the target stays active, only the attempt audited", async () => {
    const member = await insertUser();
    const target = await insertUser();
    signInAs(member);
    expect(await suspendUserAction({ status: "idle" }, suspendForm(target.id))).toMatchObject(
      staffOnly,
    );
    expect(await reloadUser(target.id)).toEqual(target);
    expect(await auditFor(target.id)).toEqual([
      expect.objectContaining({ action: "denied", actorId: member.id }),
    ]);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("with a member's session: cannot restore a suspended member either", async () => {
    const member = await insertUser();
    const target = await insertUser({ status: "suspended" });
    signInAs(member);
    expect(
      await restoreUserAction(
        { status: "idle" },
        form({ userId: target.id, reason: "Looks fine to me" }),
      ),
    ).toMatchObject(staffOnly);
    expect((await reloadUser(target.id)).status).toBe("suspended");
    expect(await auditFor(target.id)).toEqual([
      expect.objectContaining({ action: "denied", actorId: member.id }),
    ]);
  });

  it("with a moderator's stale session: refused as signed out", async () => {
    const moderator = await insertUser({ role: "moderator", sessionVersion: 2 });
    const target = await insertUser();
    signInAs(moderator, { sessionVersion: 1 });
    expect(await suspendUserAction({ status: "idle" }, suspendForm(target.id))).toMatchObject(
      sessionEnded,
    );
    expect(await reloadUser(target.id)).toEqual(target);
    expect(await auditFor(target.id)).toEqual([]);
  });

  it("with a moderator's session: suspends, ends the target's sessions, and audits", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const target = await insertUser();
    const targetSession = claimsFor(target);
    signInAs(moderator);
    const before = Date.now();
    const result = await suspendUserAction({ status: "idle" }, suspendForm(target.id));
    const after = Date.now();
    expect(result).toEqual({
      status: "success",
      message: "Member suspended. Their sessions have ended.",
    });

    const suspended = await reloadUser(target.id);
    expect(suspended.status).toBe("suspended");
    expect(suspended.sessionVersion).toBe(target.sessionVersion + 1);
    const week = 7 * 86_400_000;
    expect(suspended.suspendedUntil!.getTime()).toBeGreaterThanOrEqual(before + week);
    expect(suspended.suspendedUntil!.getTime()).toBeLessThanOrEqual(after + week);
    expect(await resolveSessionUser(targetSession)).toBeNull();

    const audit = await auditFor(target.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: moderator.id,
      action: "user.suspend",
      targetType: "user",
      reason: "Posting spam links",
      before: { status: "active", suspendedUntil: null },
      after: { status: "suspended" },
    });
    expect(revalidatePath).toHaveBeenCalledWith("/admin/users");
  });

  it("with a moderator's session: an indefinite suspension has no end date, and restore undoes it", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const target = await insertUser();
    signInAs(moderator);
    expect(
      await suspendUserAction(
        { status: "idle" },
        suspendForm(target.id, { duration: "indefinite" }),
      ),
    ).toMatchObject({
      status: "success",
    });
    expect(await reloadUser(target.id)).toMatchObject({
      status: "suspended",
      suspendedUntil: null,
    });
    expect(
      await restoreUserAction(
        { status: "idle" },
        form({ userId: target.id, reason: "Appeal accepted" }),
      ),
    ).toEqual({
      status: "success",
      message: "Member restored.",
    });
    expect(await reloadUser(target.id)).toMatchObject({ status: "active", suspendedUntil: null });
    expect((await auditFor(target.id)).map((a) => a.action).sort()).toEqual([
      "user.restore",
      "user.suspend",
    ]);
  });

  it("refuses a form with an extra role field and writes nothing", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const target = await insertUser();
    signInAs(moderator);
    const result = await suspendUserAction(
      { status: "idle" },
      suspendForm(target.id, { role: "admin" }),
    );
    expect(result).toMatchObject({ status: "error", message: extraFields });
    expect(await reloadUser(target.id)).toEqual(target);
    expect(await reloadUser(moderator.id)).toEqual(moderator);
    expect(await auditFor(target.id)).toEqual([]);
  });

  it("refuses an unknown duration beside the field, keeping what was typed", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const target = await insertUser();
    signInAs(moderator);
    const result = await suspendUserAction(
      { status: "idle" },
      suspendForm(target.id, { duration: "forever" }),
    );
    expect(result).toMatchObject({
      status: "error",
      message: "Please correct the fields marked below.",
      fieldErrors: { duration: ["Choose how long the suspension lasts."] },
      values: { duration: "forever", reason: "Posting spam links" },
    });
    expect(await reloadUser(target.id)).toEqual(target);
    expect(await auditFor(target.id)).toEqual([]);
  });

  it.each([
    [
      "a member id that is not a uuid",
      { userId: "42" },
      { fieldErrors: { userId: ["Unknown member."] } },
    ],
    [
      "a missing reason",
      { reason: "" },
      { fieldErrors: { reason: [expect.stringContaining("at least 3 characters")] } },
    ],
    [
      "two durations",
      { duration: "1d" },
      { fieldErrors: { duration: ["Choose how long the suspension lasts."] } },
    ],
  ])("refuses %s and writes nothing", async (_label, extra, expected) => {
    const moderator = await insertUser({ role: "moderator" });
    const target = await insertUser();
    signInAs(moderator);
    const data = suspendForm(target.id);
    for (const [key, value] of Object.entries(extra)) {
      if (key === "duration") data.append(key, value);
      else data.set(key, value);
    }
    expect(await suspendUserAction({ status: "idle" }, data)).toMatchObject({
      status: "error",
      ...expected,
    });
    expect(await reloadUser(target.id)).toEqual(target);
    expect(await auditFor(target.id)).toEqual([]);
  });

  it("a moderator cannot suspend an admin, nor themselves, nor someone who does not exist", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const admin = await insertUser({ role: "admin" });
    signInAs(moderator);
    expect(await suspendUserAction({ status: "idle" }, suspendForm(admin.id))).toMatchObject({
      status: "error",
      message: "Only an admin can sanction staff.",
    });
    expect(await suspendUserAction({ status: "idle" }, suspendForm(moderator.id))).toMatchObject({
      status: "error",
      message: "You cannot suspend or restore your own account.",
    });
    expect(
      await suspendUserAction({ status: "idle" }, suspendForm(crypto.randomUUID())),
    ).toMatchObject({
      status: "error",
      message: "That member does not exist.",
    });
    expect(await reloadUser(admin.id)).toEqual(admin);
    expect(await reloadUser(moderator.id)).toEqual(moderator);
    expect(await auditFor(admin.id)).toEqual([]);
  });

  it("an admin can suspend a moderator", async () => {
    const admin = await insertUser({ role: "admin" });
    const moderator = await insertUser({ role: "moderator" });
    signInAs(admin);
    expect(await suspendUserAction({ status: "idle" }, suspendForm(moderator.id))).toMatchObject({
      status: "success",
    });
    expect((await reloadUser(moderator.id)).status).toBe("suspended");
    expect(await auditFor(moderator.id)).toHaveLength(1);
  });
});
