import type { Metadata } from "next";
import { Compass } from "lucide-react";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/session";
import { getOwnApplicantProfile } from "@/lib/profiles/queries";
import { pathwayList } from "@/lib/domain/pathways";

export const metadata: Metadata = { title: "Your feed" };

export default async function FeedPage() {
  const user = await requirePageUser("/feed");
  const own = await getOwnApplicantProfile(user);
  const onboarded = Boolean(own?.profile.onboardingCompletedAt);
  return (
    <div className="space-y-10">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">
          Welcome, {user.displayName.split(" ")[0]}
        </h1>
        <p className="mt-1 text-muted">
          Your feed brings together guides, checklists and community answers for your case.
        </p>
      </header>
      {onboarded ? (
        <p>
          <Link href="/mentors" className={buttonVariants({ variant: "secondary" })}>
            See your mentor matches
          </Link>
        </p>
      ) : (
        <section
          aria-labelledby="next-step-heading"
          className="rounded-card border border-accent bg-accent-subtle p-5"
        >
          <h2 id="next-step-heading" className="text-lg font-semibold">
            {own ? "Finish describing your case" : "Start by describing your case"}
          </h2>
          <p className="mt-1 max-w-2xl text-sm">
            Your pathways, your stage and how strong your evidence is per criterion: it takes about
            five minutes, you can stop after any step, and your mentor matches are based on it.
          </p>
          <Link href="/onboarding" className={`${buttonVariants()} mt-4`}>
            {own ? "Continue your profile" : "Describe your case"}
          </Link>
        </section>
      )}
      <EmptyState
        icon={Compass}
        title="Nothing in your feed yet"
        description="Guides by verified mentors and answered questions will appear here, picked for your pathways, your evidence gaps and your stage."
      />
      <section aria-labelledby="basics-heading">
        <h2 id="basics-heading" className="text-lg font-semibold">
          Start with the basics: which pathway fits you?
        </h2>
        <p className="mt-1 text-sm text-muted">
          Plain-language summaries with the official source. Not legal advice.
        </p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {pathwayList.map((p) => (
            <li key={p.code} className="rounded-lg border border-border p-4">
              <h3 className="font-semibold">{p.name}</h3>
              <p className="mt-1 text-sm text-muted">{p.summary}</p>
              <p className="mt-1 text-sm text-muted">Who files: {p.whoFiles}.</p>
              <a
                className="mt-2 inline-block text-sm text-accent underline underline-offset-2"
                href={p.officialUrl}
                rel="noopener noreferrer"
              >
                Read the official USCIS page<span className="sr-only"> for {p.short}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
