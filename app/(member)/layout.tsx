import { headers } from "next/headers";
import { AppShell } from "@/components/shell/app-shell";
import { requirePageUser } from "@/lib/auth/session";
import { signOutAction } from "@/app/_actions/session";

export default async function MemberLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser((await headers()).get("x-pathname") ?? "/feed");
  return (
    <AppShell user={user} signOutAction={signOutAction}>
      {children}
    </AppShell>
  );
}
