"use server";

import { z } from "zod";
import { signIn } from "@/lib/auth/next-auth";
import { isEnabledProvider, OAUTH_PROVIDER_IDS } from "@/lib/auth/providers";
import { safeNextPath } from "@/lib/auth/schemas";

const schema = z.strictObject({
  provider: z.enum(OAUTH_PROVIDER_IDS),
  next: z.string().max(2000).optional(),
});

/** Starts an OAuth sign-in; only providers switched on by their environment keys are accepted. */
export async function oauthSignInAction(formData: FormData): Promise<void> {
  const parsed = schema.safeParse({
    provider: formData.get("provider"),
    next: formData.get("next") ?? undefined,
  });
  if (!parsed.success || !isEnabledProvider(parsed.data.provider)) return;
  await signIn(parsed.data.provider, { redirectTo: safeNextPath(parsed.data.next) });
}
