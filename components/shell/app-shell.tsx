import type { User } from "@/db/schema";
import { hasRoleAtLeast } from "@/lib/auth/roles";
import { AccountMenu } from "./account-menu";
import { Logo } from "./logo";
import { MemberNav } from "./member-nav";
import { SearchBox } from "./search-box";
import { SiteFooter } from "./site-footer";
import { ThemeToggle } from "@/components/theme/theme-toggle";

interface AppShellProps {
  /** The signed-in person; `unreadCount` (notifications) shows as a badge on their link. */
  user: Pick<User, "displayName" | "email" | "role"> & { unreadCount?: number };
  signOutAction: () => Promise<void>;
  children: React.ReactNode;
}

/** The signed-in frame: header with navigation and account menu, main landmark, footer. */
export function AppShell({ user, signOutAction, children }: AppShellProps) {
  const isStaff = hasRoleAtLeast(user, "moderator");
  const unreadCount = user.unreadCount ?? 0;
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-border bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Logo href="/feed" />
          <div className="order-3 w-full sm:order-2 sm:w-auto sm:flex-1">
            <MemberNav unreadCount={unreadCount} />
          </div>
          <div className="order-2 ml-auto flex items-center gap-1 sm:order-3">
            <SearchBox />
            <ThemeToggle />
            <AccountMenu
              displayName={user.displayName}
              email={user.email}
              isStaff={isStaff}
              signOutAction={signOutAction}
            />
          </div>
        </div>
      </header>
      {/* At least a screen tall: a page streaming in after its loading state never moves the footer into view and out again (layout shift). */}
      <main id="main" className="mx-auto min-h-dvh w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
