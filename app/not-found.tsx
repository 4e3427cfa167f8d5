import Link from "next/link";
import { Logo } from "@/components/shell/logo";
import { buttonVariants } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main
      id="main"
      className="mx-auto flex min-h-dvh max-w-lg flex-col items-start justify-center gap-4 px-4"
    >
      <Logo />
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="text-3xl font-semibold tracking-tight">We could not find that page</h1>
      <p className="text-muted">
        The link may be old, or the page may have moved. Nothing you entered was lost.
      </p>
      <div className="flex flex-wrap gap-3">
        <Link href="/" className={buttonVariants()}>
          Go to the home page
        </Link>
        <Link href="/feed" className={buttonVariants({ variant: "secondary" })}>
          Open your feed
        </Link>
      </div>
    </main>
  );
}
