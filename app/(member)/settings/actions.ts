"use server";

import { revalidate } from "@/lib/revalidate";
import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { z } from "zod";
import { userAction } from "@/lib/action";
import { changePassword, signOutEverywhere } from "@/lib/auth/accounts";
import { signIn, signOut } from "@/lib/auth/next-auth";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { deliverEmailsAfterResponse } from "@/lib/email/deliver";
import { setPreferences } from "@/lib/notifications/mutations";
import { notificationPreferencesSchema } from "@/lib/notifications/schemas";

/** Changes the password, which ends every session, then signs this device in again. */
export const changePasswordAction = userAction(changePasswordSchema, async (data, user) => {
  await changePassword(user, data);
  deliverEmailsAfterResponse();
  try {
    await signIn("credentials", {
      email: user.email,
      password: data.password,
      redirectTo: "/settings?password=changed",
    });
  } catch (err) {
    // The password is changed either way; if this device cannot be signed in again, ask for a fresh sign-in.
    if (err instanceof AuthError) redirect("/sign-in?reset=1");
    throw err;
  }
});

export const signOutEverywhereAction = userAction(z.strictObject({}), async (_data, user) => {
  await signOutEverywhere(user);
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
});

/** Saves which notifications show in Landed and which are emailed (the notifications section). */
export const saveNotificationPreferencesAction = userAction(
  notificationPreferencesSchema,
  async (data, user) => {
    await setPreferences(user, data);
    revalidate.settings();
    return { status: "success", message: "Your notification choices are saved." };
  },
);
