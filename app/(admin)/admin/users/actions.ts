"use server";

import { revalidatePath } from "next/cache";
import { roleAction } from "@/lib/action";
import { restoreUser, suspendUser } from "@/lib/moderation/sanctions";
import { restoreSchema, suspendSchema, suspensionDurations } from "@/lib/moderation/schemas";

export const suspendUserAction = roleAction("moderator", suspendSchema, async (data, actor) => {
  const ms = suspensionDurations[data.duration].ms;
  await suspendUser(actor, {
    userId: data.userId,
    until: ms ? new Date(Date.now() + ms) : null,
    reason: data.reason,
  });
  revalidatePath("/admin/users");
  return { status: "success", message: "Member suspended. Their sessions have ended." };
});

export const restoreUserAction = roleAction("moderator", restoreSchema, async (data, actor) => {
  await restoreUser(actor, data.userId, data.reason);
  revalidatePath("/admin/users");
  return { status: "success", message: "Member restored." };
});
