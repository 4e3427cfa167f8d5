import Link from "next/link";
import { Logo } from "@/components/shell/logo";
import { SearchBox } from "@/components/shell/search-box";
import { SiteFooter } from "@/components/shell/site-footer";
import { ThemeToggle } from "@/components/theme/theme-toggle";
import { buttonVariants } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { AppShell } from "@/components/shell/app-shell";
import { signOutAction } from "@/app/_actions/session";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  // Signed-in members keep their own navigation on public pages (a mentor's profile, the landing page).
  if (user) {
    return (
      <AppShell user={user} signOutAction={signOutAction}>
        {children}
      </AppShell>
    );
  }
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="border-b border-border">
        <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-3">
          <Logo />
          <SearchBox className="ml-auto" />
          <nav aria-label="Account" className="flex items-center gap-1 sm:gap-2">
            <ThemeToggle />
            <Link href="/sign-in" className={buttonVariants({ variant: "ghost", size: "sm" })}>
              Sign in
            </Link>
            <Link href="/sign-up" className={buttonVariants({ variant: "primary", size: "sm" })}>
              <span className="sm:hidden">Join</span>
              <span className="hidden sm:inline">Create account</span>
            </Link>
          </nav>
        </div>
      </header>
      {/* At least a screen tall: a page streaming in after its loading state never moves the footer into view and out again (layout shift). */}
      <main id="main" className="min-h-dvh flex-1">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
