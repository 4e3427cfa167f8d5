"use server";

import { revalidate } from "@/lib/revalidate";
import { z } from "zod";
import { userAction } from "@/lib/action";
import { buildExportsAfterResponse } from "@/lib/export/after";
import { requestExport } from "@/lib/export/mutations";
import { signOut } from "@/lib/auth/next-auth";
import { deliverEmailsAfterResponse } from "@/lib/email/deliver";
import { requestAccountDeletion } from "@/lib/privacy/deletion";
import { deleteAccountSchema } from "@/lib/privacy/schemas";

/** Asks for an export and starts building it as soon as this response has gone out. */
export const requestExportAction = userAction(z.strictObject({}), async (_data, user) => {
  await requestExport(user);
  buildExportsAfterResponse();
  revalidate.settings();
  return {
    status: "success",
    message: "We are preparing your export. We will notify you and email you when it is ready.",
  };
});

/**
 * Deletes the account: disabled at once, erased after the grace period. This device is signed
 * out too (next-auth's signOut event revokes the session); the landing page says when.
 */
export const deleteAccountAction = userAction(deleteAccountSchema, async (data, user) => {
  const { dueAt } = await requestAccountDeletion(user, {
    password: data.password,
    removePosts: data.posts === "remove",
  });
  deliverEmailsAfterResponse();
  await signOut({ redirectTo: `/?deleted=${dueAt.toISOString().slice(0, 10)}` });
});
