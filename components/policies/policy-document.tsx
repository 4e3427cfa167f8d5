// The frame of the privacy notice, terms and guidelines: title, version, a table of contents, the
// sections, and links to the other two. The text itself lives in each page.
import Link from "next/link";
import { CURRENT_POLICY_VERSION, versionDate } from "@/lib/policies/versions";

export interface PolicySection {
  id: string;
  title: string;
  body: React.ReactNode;
}

const documents = [
  { href: "/terms", title: "Terms of use" },
  { href: "/privacy", title: "Privacy notice" },
  { href: "/guidelines", title: "Community guidelines" },
];

export function PolicyDocument({
  title,
  href,
  intro,
  sections,
}: {
  title: string;
  /** This document's own path, left out of the "read also" links. */
  href: string;
  intro: React.ReactNode;
  sections: PolicySection[];
}) {
  return (
    <article className="mx-auto max-w-3xl space-y-8" aria-labelledby="policy-title">
      <header className="space-y-3">
        <h1 id="policy-title" className="text-3xl font-semibold tracking-tight">
          {title}
        </h1>
        <p className="text-sm text-muted">
          Version of {versionDate(CURRENT_POLICY_VERSION)}. The terms, this notice and the
          guidelines change together; when they do, members are asked to accept the new version.
        </p>
        <div className="policy-text text-lg">{intro}</div>
      </header>

      <nav
        aria-labelledby="toc-heading"
        className="rounded-card border border-border bg-surface-raised p-4 sm:p-5"
      >
        <h2 id="toc-heading" className="text-sm font-semibold">
          On this page
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="text-accent underline underline-offset-4">
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {sections.map((s, i) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-heading`} className="scroll-mt-6">
          <h2 id={`${s.id}-heading`} className="mb-3 text-xl font-semibold tracking-tight">
            {i + 1}. {s.title}
          </h2>
          <div className="policy-text">{s.body}</div>
        </section>
      ))}

      <footer className="border-t border-border pt-6 text-sm">
        <p className="text-muted">Read also:</p>
        <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
          {documents
            .filter((d) => d.href !== href)
            .map((d) => (
              <li key={d.href}>
                <Link href={d.href} className="text-accent underline underline-offset-4">
                  {d.title}
                </Link>
              </li>
            ))}
        </ul>
      </footer>
    </article>
  );
}
