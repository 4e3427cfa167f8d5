"use server";

import { revalidatePath } from "next/cache";
import { roleAction, userAction } from "@/lib/action";
import { changeRole } from "@/lib/moderation/roles";
import { banUser, restoreUser, suspendUser } from "@/lib/moderation/sanctions";
import {
  banSchema,
  changeRoleSchema,
  customUntilDate,
  restoreSchema,
  roleLabels,
  suspendSchema,
  suspensionDurations,
} from "@/lib/moderation/schemas";

function refresh(userId: string): void {
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${userId}`);
}

export const suspendUserAction = roleAction("moderator", suspendSchema, async (data, actor) => {
  const ms = suspensionDurations[data.duration].ms;
  const until =
    data.duration === "custom" && data.until
      ? customUntilDate(data.until)
      : ms
        ? new Date(Date.now() + ms)
        : null;
  await suspendUser(actor, { userId: data.userId, until, reason: data.reason });
  refresh(data.userId);
  return { status: "success", message: "Member suspended. Their sessions have ended." };
});

export const restoreUserAction = roleAction("moderator", restoreSchema, async (data, actor) => {
  await restoreUser(actor, data.userId, data.reason);
  refresh(data.userId);
  return { status: "success", message: "Member restored." };
});

// Admin-only actions take any signed-in user, so that the domain function refuses a member or a
// moderator itself and records the attempt in the audit log as "denied".
export const banUserAction = userAction(banSchema, async (data, actor) => {
  await banUser(actor, data);
  refresh(data.userId);
  return { status: "success", message: "Account banned. Their sessions have ended." };
});

export const changeRoleAction = userAction(changeRoleSchema, async (data, actor) => {
  await changeRole(actor, data);
  refresh(data.userId);
  return { status: "success", message: `Role changed to ${roleLabels[data.role].toLowerCase()}.` };
});
