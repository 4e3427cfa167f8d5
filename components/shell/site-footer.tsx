import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-border">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-8 text-sm text-muted sm:flex-row sm:items-start sm:justify-between">
        <p className="max-w-xl">
          <strong className="font-semibold text-fg">Not legal advice.</strong> Landed is a community
          of people sharing their own experience, not a law firm. For decisions about your case,
          talk to a qualified immigration attorney, and check the official sources at{" "}
          <a
            className="underline underline-offset-2 hover:text-fg"
            href="https://www.uscis.gov"
            rel="noopener noreferrer"
          >
            uscis.gov
          </a>
          .
        </p>
        <nav
          aria-label="Footer"
          className="flex flex-wrap gap-x-4 gap-y-2 sm:max-w-md sm:justify-end"
        >
          <Link className="hover:text-fg" href="/#how-it-works">
            How it works
          </Link>
          <Link className="hover:text-fg" href="/#trust">
            Trust and privacy
          </Link>
          <Link className="hover:text-fg" href="/privacy">
            Privacy notice
          </Link>
          <Link className="hover:text-fg" href="/terms">
            Terms
          </Link>
          <Link className="hover:text-fg" href="/guidelines">
            Community guidelines
          </Link>
        </nav>
      </div>
    </footer>
  );
}
