import { headers } from "next/headers";
import { AppShell } from "@/components/shell/app-shell";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { signOutAction } from "@/app/_actions/session";

export default async function MemberLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser((await headers()).get("x-pathname") ?? "/feed");
  return (
    <AppShell
      user={user}
      unreadCount={user.unreadCount}
      isStaff={hasRoleAtLeast(user, "moderator")}
      signOutAction={signOutAction}
    >
      {children}
    </AppShell>
  );
}
