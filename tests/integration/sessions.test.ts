import { db } from "@/db/client";
import { auditLog, notifications } from "@/db/schema";
import { unreadCount } from "@/lib/notifications/queries";
import { signOutEverywhere } from "@/lib/auth/accounts";
import { ABSOLUTE_SESSION_MS, resolveSessionUser } from "@/lib/auth/session-check";
import { revokedSessions } from "@/db/schema";
import { restoreUser, suspendUser } from "@/lib/moderation/sanctions";
import { ForbiddenError } from "@/lib/errors";
import { eq } from "drizzle-orm";
import { claimsFor, insertUser, reloadUser } from "./helpers";

describe("sessions end for real", () => {
  it("accepts a current session", async () => {
    const user = await insertUser();
    expect((await resolveSessionUser(claimsFor(user)))?.id).toBe(user.id);
  });

  it("carries the header's unread count, loaded in the same query", async () => {
    const user = await insertUser();
    expect((await resolveSessionUser(claimsFor(user)))?.unreadCount).toBe(0);
    await db.insert(notifications).values([
      { recipientId: user.id, type: "message_new", data: { name: "Lin" } },
      { recipientId: user.id, type: "message_new", data: { name: "Lin" } },
      { recipientId: user.id, type: "message_new", data: { name: "Lin" }, readAt: new Date() },
      // A malformed id in the data is no match (and no error).
      { recipientId: user.id, type: "message_new", data: { postId: "not-a-uuid" } },
    ]);
    const session = await resolveSessionUser(claimsFor(user));
    expect(session?.unreadCount).toBe(3);
    expect(await unreadCount(user)).toBe(3);
  });

  it("a session taken before suspension stops working at its next request", async () => {
    const member = await insertUser();
    const moderator = await insertUser({ role: "moderator" });
    const claims = claimsFor(member);
    expect(await resolveSessionUser(claims)).not.toBeNull();
    await suspendUser(moderator, {
      userId: member.id,
      until: new Date(Date.now() + 86_400_000),
      reason: "spam",
    });
    expect(await resolveSessionUser(claims)).toBeNull();
    // Even a fresh token with the new version is refused while suspended.
    expect(await resolveSessionUser(claimsFor(await reloadUser(member.id)))).toBeNull();
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, member.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "user.suspend",
      actorId: moderator.id,
      reason: "spam",
    });

    await restoreUser(moderator, member.id, "appeal accepted");
    // The old session stays dead after the restore; a new sign-in works.
    expect(await resolveSessionUser(claims)).toBeNull();
    expect(await resolveSessionUser(claimsFor(await reloadUser(member.id)))).not.toBeNull();
  });

  it("a suspension that has run out no longer blocks", async () => {
    const member = await insertUser({
      status: "suspended",
      suspendedUntil: new Date(Date.now() - 1000),
    });
    expect(await resolveSessionUser(claimsFor(member))).not.toBeNull();
  });

  it("sign out everywhere ends every session", async () => {
    const user = await insertUser();
    const phone = claimsFor(user);
    const laptop = claimsFor(user);
    await signOutEverywhere(user);
    expect(await resolveSessionUser(phone)).toBeNull();
    expect(await resolveSessionUser(laptop)).toBeNull();
  });

  it("signing out one session ends only that one", async () => {
    const user = await insertUser();
    const phone = claimsFor(user);
    const laptop = claimsFor(user);
    await db.insert(revokedSessions).values({
      sessionId: phone.sessionId,
      userId: user.id,
      expiresAt: new Date(Date.now() + 1e9),
    });
    expect(await resolveSessionUser(phone)).toBeNull();
    expect(await resolveSessionUser(laptop)).not.toBeNull();
  });

  it("ends a session past its absolute lifetime", async () => {
    const user = await insertUser();
    const old = claimsFor(user, { authTime: Date.now() - ABSOLUTE_SESSION_MS - 1000 });
    expect(await resolveSessionUser(old)).toBeNull();
  });

  it("only moderators and admins may suspend, and only admins may suspend staff", async () => {
    const member = await insertUser();
    const other = await insertUser();
    const moderator = await insertUser({ role: "moderator" });
    const admin = await insertUser({ role: "admin" });
    await expect(
      suspendUser(member, { userId: other.id, until: null, reason: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      suspendUser(moderator, { userId: admin.id, until: null, reason: "x" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect((await reloadUser(other.id)).status).toBe("active");
    expect((await reloadUser(admin.id)).status).toBe("active");
  });

  it("keeps the audit log append-only", async () => {
    const moderator = await insertUser({ role: "moderator" });
    const member = await insertUser();
    await suspendUser(moderator, { userId: member.id, until: null, reason: "test" });
    await expect(db.delete(auditLog).where(eq(auditLog.targetId, member.id))).rejects.toThrow();
    await expect(
      db.update(auditLog).set({ reason: "changed" }).where(eq(auditLog.targetId, member.id)),
    ).rejects.toThrow();
  });
});
