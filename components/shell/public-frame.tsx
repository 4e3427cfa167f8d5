import { getCurrentUser } from "@/lib/auth/session";

/**
 * For public pages a member may also read: signed out, the public layout has no content frame (the
 * landing page is full-width), so this adds one; signed in, the member's shell already frames it.
 */
export async function PublicFrame({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return user ? children : <div className="mx-auto w-full max-w-6xl px-4 py-8">{children}</div>;
}
