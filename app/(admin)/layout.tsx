import { headers } from "next/headers";
import { AccessNotice } from "./_components/access-notice";
import { AppShell } from "@/components/shell/app-shell";
import { signOutAction } from "@/app/_actions/session";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { AdminNav } from "./_components/admin-nav";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser((await headers()).get("x-pathname") ?? "/admin/users");
  const isStaff = hasRoleAtLeast(user, "moderator");
  return (
    <AppShell user={user} signOutAction={signOutAction}>
      {isStaff ? (
        <>
          <AdminNav isAdmin={hasRoleAtLeast(user, "admin")} />
          {children}
        </>
      ) : (
        <AccessNotice title="You do not have access to this page">
          <p className="text-muted">Administration is for Landed&apos;s moderators and admins.</p>
        </AccessNotice>
      )}
    </AppShell>
  );
}
