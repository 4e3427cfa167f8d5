"use server";

import { revalidate } from "@/lib/revalidate";
import { z } from "zod";
import { userAction } from "@/lib/action";
import { markAllRead, markRead } from "@/lib/notifications/mutations";
import { notificationIdSchema } from "@/lib/notifications/schemas";

/** Marks one of the member's notifications read (another member's id changes nothing). */
export const markReadAction = userAction(notificationIdSchema, async ({ id }, user) => {
  await markRead(user, id);
  // The header's unread badge lives in the layout.
  revalidate.everyPage();
});

export const markAllReadAction = userAction(z.strictObject({}), async (_data, user) => {
  const marked = await markAllRead(user);
  revalidate.everyPage();
  return {
    status: "success",
    message:
      marked === 1 ? "1 notification marked as read." : `${marked} notifications marked as read.`,
  };
});
