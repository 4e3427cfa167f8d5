// Notifications written by request moves, preferences, the list (keyset, unread, mark read).
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { emailOutbox, mentorProfiles, notifications } from "@/db/schema";
import { moveRequest } from "@/lib/mentorship/moves";
import { requestMentorship } from "@/lib/mentorship/requesting";
import { markAllRead, markRead, setPreferences } from "@/lib/notifications/mutations";
import { notifyMany } from "@/lib/notifications/notify";
import {
  decodeNotificationCursor,
  getPreferences,
  listNotifications,
  unreadCount,
} from "@/lib/notifications/queries";
import { notificationPreferencesSchema } from "@/lib/notifications/schemas";
import { emailByDefault, notificationTypes } from "@/lib/notifications/vocabulary";
import { insertUser } from "./helpers";

const key = () => randomBytes(12).toString("base64url");

async function insertMentor() {
  const user = await insertUser();
  await db.insert(mentorProfiles).values({ userId: user.id, bio: "Mentor", capacity: 2 });
  return user;
}

function ask(applicantId: string, mentorId: string) {
  return requestMentorship(
    { id: applicantId },
    { mentorId, goals: "File EB-1A", message: "Could you help?", idempotencyKey: key() },
  );
}

async function notificationsOf(userId: string) {
  return db.select().from(notifications).where(eq(notifications.recipientId, userId));
}

async function emailsTo(to: string) {
  return db.select().from(emailOutbox).where(eq(emailOutbox.to, to));
}

describe("notifications written by request moves", () => {
  it("a new request notifies the mentor in the app and by email", async () => {
    const applicant = await insertUser({ displayName: "Priya Raman" });
    const mentor = await insertMentor();
    const request = await ask(applicant.id, mentor.id);

    const rows = await notificationsOf(mentor.id);
    expect(rows).toMatchObject([
      { type: "request_new", actorId: applicant.id, requestId: request.id, readAt: null },
    ]);
    const mail = await emailsTo(mentor.email);
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe("Priya Raman asks you to be their mentor");
    expect(await notificationsOf(applicant.id)).toHaveLength(0);

    const { items } = await listNotifications(mentor);
    expect(items[0]).toMatchObject({
      text: "Priya Raman asks you to be their mentor.",
      href: `/mentorships/${request.id}`,
      read: false,
    });
  });

  it("an accept notifies the applicant with a sentence and a link to the mentorship", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    const request = await ask(applicant.id, mentor.id);
    await moveRequest(mentor, request.id, { action: "accept" });

    expect(await notificationsOf(applicant.id)).toMatchObject([{ type: "request_accepted" }]);
    expect((await emailsTo(applicant.email)).map((m) => m.kind)).toEqual(["request_accepted"]);
    const { items } = await listNotifications(applicant);
    expect(items).toEqual([
      expect.objectContaining({
        text: `${mentor.displayName} accepted your request.`,
        href: `/mentorships/${request.id}`,
      }),
    ]);
    expect(await unreadCount(applicant)).toBe(1);
  });
});

describe("preferences", () => {
  it("defaults every type: in the app on, email as emailByDefault says", async () => {
    const user = await insertUser();
    const prefs = await getPreferences(user);
    expect(prefs.map((p) => p.type)).toEqual([...notificationTypes]);
    expect(prefs.find((p) => p.type === "request_new")).toMatchObject({ inApp: true, email: true });
    expect(prefs.find((p) => p.type === "request_withdrawn")).toMatchObject({
      inApp: true,
      email: false,
    });
  });

  it("email off writes no outbox row; in-app off writes no notification", async () => {
    const applicant = await insertUser();
    const mentor = await insertMentor();
    const all = [...notificationTypes];
    await setPreferences(mentor, {
      inApp: all,
      email: all.filter((t) => t !== "request_new"),
    });
    await ask(applicant.id, mentor.id);
    expect(await notificationsOf(mentor.id)).toHaveLength(1);
    expect(await emailsTo(mentor.email)).toHaveLength(0);

    const other = await insertMentor();
    await setPreferences(other, { inApp: all.filter((t) => t !== "request_new"), email: all });
    await ask(applicant.id, other.id);
    expect(await notificationsOf(other.id)).toHaveLength(0);
    expect(await emailsTo(other.email)).toHaveLength(1);
  });

  it("a fan-out to several members applies each one's own preferences", async () => {
    const all = [...notificationTypes];
    const [plain, noEmail, noApp] = [await insertUser(), await insertUser(), await insertUser()];
    await setPreferences(noEmail, { inApp: all, email: all.filter((t) => t !== "thread_reply") });
    await setPreferences(noApp, { inApp: all.filter((t) => t !== "thread_reply"), email: all });
    await db.transaction((tx) =>
      notifyMany(
        tx,
        [plain, noEmail, noApp].map((u) => ({
          recipientId: u.id,
          type: "thread_reply" as const,
          data: { name: "Lin", title: "Judging" },
          email: { subject: "New reply", text: "Lin replied.", path: "/community" },
        })),
      ),
    );
    expect(await notificationsOf(plain.id)).toHaveLength(1);
    expect(await emailsTo(plain.email)).toHaveLength(emailByDefault.has("thread_reply") ? 1 : 0);
    expect(await notificationsOf(noEmail.id)).toHaveLength(1);
    expect(await emailsTo(noEmail.email)).toHaveLength(0);
    expect(await notificationsOf(noApp.id)).toHaveLength(0);
    expect(await emailsTo(noApp.email)).toHaveLength(1);
  });

  it("saving twice updates the same rows, and the list reads them back", async () => {
    const user = await insertUser();
    await setPreferences(user, { inApp: [], email: [] });
    await setPreferences(user, { inApp: ["message_new"], email: ["message_new"] });
    const prefs = await getPreferences(user);
    expect(prefs.filter((p) => p.inApp).map((p) => p.type)).toEqual(["message_new"]);
    expect(prefs.filter((p) => p.email).map((p) => p.type)).toEqual(["message_new"]);
  });

  it("the form schema reads one checkbox as a list and refuses unknown types and fields", () => {
    expect(notificationPreferencesSchema.parse({ inApp: "message_new" })).toEqual({
      inApp: ["message_new"],
      email: [],
    });
    expect(notificationPreferencesSchema.safeParse({ inApp: ["made_up"] }).success).toBe(false);
    expect(notificationPreferencesSchema.safeParse({ inApp: [], userId: "x" }).success).toBe(false);
  });
});

describe("the list", () => {
  async function seed(recipientId: string, n: number, sameTime = false) {
    const base = Date.parse("2026-05-01T12:00:00Z");
    await db.insert(notifications).values(
      Array.from({ length: n }, (_, i) => ({
        recipientId,
        type: "message_new" as const,
        data: { name: `Sender ${i}` },
        createdAt: new Date(sameTime ? base : base + i * 60_000),
      })),
    );
  }

  it("pages newest first, 20 a page, with no row lost or repeated (ties on time included)", async () => {
    const user = await insertUser();
    await seed(user.id, 25);
    await seed(user.id, 20, true);
    const first = await listNotifications(user);
    expect(first.items).toHaveLength(20);
    expect(first.items[0]!.text).toBe("Sender 24 sent you a message.");
    const second = await listNotifications(user, first.nextCursor);
    const third = await listNotifications(user, second.nextCursor);
    expect(third.nextCursor).toBeNull();
    const ids = [...first.items, ...second.items, ...third.items].map((i) => i.id);
    expect(ids).toHaveLength(45);
    expect(new Set(ids).size).toBe(45);
    const times = [...first.items, ...second.items, ...third.items].map((i) =>
      i.createdAt.getTime(),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("a damaged cursor starts over, and a list never shows another member's rows", async () => {
    const user = await insertUser();
    const other = await insertUser();
    await seed(user.id, 2);
    await seed(other.id, 3);
    expect(decodeNotificationCursor("not-a-cursor")).toBeUndefined();
    const { items } = await listNotifications(user, "not-a-cursor");
    expect(items).toHaveLength(2);
  });

  it("marks one read, only the member's own, then all", async () => {
    const user = await insertUser();
    const other = await insertUser();
    await seed(user.id, 3);
    await seed(other.id, 1);
    expect(await unreadCount(user)).toBe(3);
    const [theirs] = await notificationsOf(other.id);

    expect(await markRead(user, theirs!.id)).toBe(false);
    const [after] = await db.select().from(notifications).where(eq(notifications.id, theirs!.id));
    expect(after!.readAt).toBeNull();
    expect(await unreadCount(other)).toBe(1);

    const { items } = await listNotifications(user);
    expect(await markRead(user, items[0]!.id)).toBe(true);
    expect(await unreadCount(user)).toBe(2);
    expect((await listNotifications(user)).items.map((i) => i.read)).toEqual([true, false, false]);

    expect(await markAllRead(user)).toBe(2);
    expect(await unreadCount(user)).toBe(0);
    expect(await unreadCount(other)).toBe(1);
    const unreadLeft = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, other.id)));
    expect(unreadLeft[0]!.readAt).toBeNull();
  });
});
