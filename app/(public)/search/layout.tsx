import { getCurrentUser } from "@/lib/auth/session";

/** Signed out, the public layout has no content frame (the landing page is full-width): add one. */
export default async function SearchLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return user ? children : <div className="mx-auto w-full max-w-6xl px-4 py-8">{children}</div>;
}
