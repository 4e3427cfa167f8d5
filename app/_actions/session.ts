"use server";

import { signOut } from "@/lib/auth/next-auth";

/** Signs this device out; next-auth's signOut event refuses its session id from now on. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/?signedOut=1" });
}
