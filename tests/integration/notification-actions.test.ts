// The notification server actions: a session is required, forms are parsed strictly, and a
// crafted id of another member's notification changes nothing.
import { signInAs, signOutAll } from "@/tests/support/next-mocks";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { notifications } from "@/db/schema";
import { markAllReadAction, markReadAction } from "@/app/(member)/notifications/actions";
import { saveNotificationPreferencesAction } from "@/app/(member)/settings/actions";
import { getPreferences, unreadCount } from "@/lib/notifications/queries";
import { insertUser } from "./helpers";

const idle = { status: "idle" } as const;

function form(fields: Array<[string, string]>): FormData {
  const data = new FormData();
  data.append("$ACTION_ID_0123456789abcdef", "");
  for (const [key, value] of fields) data.append(key, value);
  return data;
}

async function notificationFor(userId: string) {
  const [row] = await db
    .insert(notifications)
    .values({ recipientId: userId, type: "message_new", data: { name: "Lin" } })
    .returning();
  return row!;
}

beforeEach(() => {
  signOutAll();
});

describe("notification actions", () => {
  it("refuse without a session", async () => {
    const user = await insertUser();
    const row = await notificationFor(user.id);
    const result = await markReadAction(idle, form([["id", String(row.id)]]));
    expect(result.status).toBe("error");
    expect(await unreadCount(user)).toBe(1);
  });

  it("mark one read; another member's id changes nothing", async () => {
    const user = await insertUser();
    const other = await insertUser();
    const mine = await notificationFor(user.id);
    const theirs = await notificationFor(other.id);
    signInAs(user);
    expect(await markReadAction(idle, form([["id", String(theirs.id)]]))).toEqual({
      status: "success",
    });
    const [after] = await db.select().from(notifications).where(eq(notifications.id, theirs.id));
    expect(after!.readAt).toBeNull();
    await markReadAction(idle, form([["id", String(mine.id)]]));
    expect(await unreadCount(user)).toBe(0);
  });

  it("mark all read says how many", async () => {
    const user = await insertUser();
    await notificationFor(user.id);
    await notificationFor(user.id);
    signInAs(user);
    expect(await markAllReadAction(idle, form([]))).toEqual({
      status: "success",
      message: "2 notifications marked as read.",
    });
    expect(await unreadCount(user)).toBe(0);
  });

  it("save preferences from checkboxes, one checked box included", async () => {
    const user = await insertUser();
    signInAs(user);
    const result = await saveNotificationPreferencesAction(
      idle,
      form([
        ["inApp", "message_new"],
        ["inApp", "request_new"],
        ["email", "request_new"],
      ]),
    );
    expect(result).toMatchObject({
      status: "success",
      message: "Your notification choices are saved.",
    });
    const prefs = await getPreferences(user);
    expect(prefs.filter((p) => p.inApp).map((p) => p.type)).toEqual(["request_new", "message_new"]);
    expect(prefs.filter((p) => p.email).map((p) => p.type)).toEqual(["request_new"]);
  });

  it("refuse unknown types and extra fields, saving nothing", async () => {
    const user = await insertUser();
    signInAs(user);
    const bad = await saveNotificationPreferencesAction(idle, form([["inApp", "made_up"]]));
    expect(bad.status).toBe("error");
    const extra = await saveNotificationPreferencesAction(
      idle,
      form([
        ["inApp", "message_new"],
        ["userId", user.id],
      ]),
    );
    expect(extra.status).toBe("error");
    expect((await getPreferences(user)).every((p) => p.inApp)).toBe(true);
  });
});
