"use server";

import { revalidate } from "@/lib/revalidate";
import { staffAction } from "@/lib/action";
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

export const suspendUserAction = staffAction(suspendSchema, async (data, actor) => {
  const ms = suspensionDurations[data.duration].ms;
  const until =
    data.duration === "custom" && data.until
      ? customUntilDate(data.until)
      : ms
        ? new Date(Date.now() + ms)
        : null;
  await suspendUser(actor, { userId: data.userId, until, reason: data.reason });
  revalidate.member(data.userId);
  return { status: "success", message: "Member suspended. Their sessions have ended." };
});

export const restoreUserAction = staffAction(restoreSchema, async (data, actor) => {
  await restoreUser(actor, data.userId, data.reason);
  revalidate.member(data.userId);
  return { status: "success", message: "Member restored." };
});

export const banUserAction = staffAction(banSchema, async (data, actor) => {
  await banUser(actor, data);
  revalidate.member(data.userId);
  return { status: "success", message: "Account banned. Their sessions have ended." };
});

export const changeRoleAction = staffAction(changeRoleSchema, async (data, actor) => {
  await changeRole(actor, data);
  revalidate.member(data.userId);
  return { status: "success", message: `Role changed to ${roleLabels[data.role].toLowerCase()}.` };
});
