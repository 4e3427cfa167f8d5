"use server";

import { z } from "zod";
import { signIn } from "@/lib/auth/next-auth";
import { enabledOAuthProviders } from "@/lib/auth/providers";
import { safeNextPath } from "@/lib/auth/schemas";

const schema = z.strictObject({
  provider: z.enum(["github", "google", "linkedin"]),
  next: z.string().max(2000).optional(),
});

/** Starts an OAuth sign-in; only providers switched on by their environment keys are accepted. */
export async function oauthSignInAction(formData: FormData): Promise<void> {
  const parsed = schema.safeParse({
    provider: formData.get("provider"),
    next: formData.get("next") ?? undefined,
  });
  if (!parsed.success || !enabledOAuthProviders().some((p) => p.id === parsed.data.provider))
    return;
  await signIn(parsed.data.provider, { redirectTo: safeNextPath(parsed.data.next) });
}
