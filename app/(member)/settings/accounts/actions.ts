"use server";

import { revalidate } from "@/lib/revalidate";
import { userAction } from "@/lib/action";
import { startAccountLink, unlinkAccount } from "@/lib/auth/connected-accounts";
import { setLinkIntentCookie } from "@/lib/auth/link-intent-cookie";
import { signIn } from "@/lib/auth/next-auth";
import { CONNECTED_ACCOUNTS_PATH } from "@/lib/auth/routes";
import { providerName } from "@/lib/auth/providers";
import { connectedAccountSchema } from "@/lib/auth/schemas";

/** After the password check, sends the member to the provider; its callback links the account. */
export const linkAccountAction = userAction(connectedAccountSchema, async (data, user) => {
  const token = await startAccountLink(user, data);
  await setLinkIntentCookie(token);
  await signIn(data.provider, { redirectTo: CONNECTED_ACCOUNTS_PATH });
});

export const unlinkAccountAction = userAction(connectedAccountSchema, async (data, user) => {
  await unlinkAccount(user, data);
  revalidate.settings();
  return {
    status: "success",
    message: `${providerName(data.provider)} is unlinked: you can no longer sign in with it.`,
  };
});
