import Link from "next/link";
import {
  BadgeCheck,
  Compass,
  Lock,
  MessagesSquare,
  ShieldCheck,
  Users,
} from "@/components/ui/icons";
import { buttonVariants } from "@/components/ui/button";
import { deletionDay } from "@/lib/privacy/grace";
import { Alert } from "@/components/ui/alert";
import { pathwayList } from "@/lib/domain/pathways";
import { ContentCard } from "@/components/content/content-card";
import { listPopularContent } from "@/lib/content/queries";

export default async function LandingPage({
  searchParams,
}: {
  searchParams: Promise<{ signedOut?: string; deleted?: string }>;
}) {
  const { signedOut, deleted } = await searchParams;
  // The day the account is erased, as the deletion redirect gives it (anything else is ignored).
  const erasedOn =
    deleted && /^\d{4}-\d{2}-\d{2}$/.test(deleted) && !Number.isNaN(Date.parse(deleted))
      ? deletionDay(new Date(`${deleted}T00:00:00Z`))
      : null;
  const popular = await listPopularContent(null, 6);
  const now = new Date();
  return (
    <>
      {signedOut && (
        <div className="mx-auto max-w-6xl px-4 pt-6">
          <Alert tone="success" aria-label="Signed out">
            You are signed out. See you soon.
          </Alert>
        </div>
      )}
      {erasedOn && (
        <div className="mx-auto max-w-6xl px-4 pt-6">
          <Alert tone="success" aria-label="Account deleted">
            Your account is disabled, and everything we hold about you will be erased on {erasedOn}.
            Changed your mind? Sign in with your password before then and choose “Keep my account”.
          </Alert>
        </div>
      )}
      <section className="mx-auto max-w-6xl px-4 pb-16 pt-12 sm:pt-20">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">
          For people building their own case
        </p>
        <h1 className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight text-balance sm:text-5xl">
          Get your green card or visa with mentors who were approved on the same path.
        </h1>
        <p className="mt-5 max-w-2xl text-lg text-muted">
          Landed is for researchers, engineers, founders and artists preparing an EB-1A, EB-2 NIW,
          O-1A or EB-1B petition. Describe your case once; we match you with people whose approved
          case looks like yours, show you what fits your stage, and answer your questions in a
          community that has been there.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/sign-up" className={buttonVariants({ size: "lg" })}>
            Create your free account
          </Link>
          <Link
            href="#how-it-works"
            className={buttonVariants({ variant: "secondary", size: "lg" })}
          >
            How Landed works
          </Link>
        </div>
      </section>

      <section
        id="how-it-works"
        aria-labelledby="how-heading"
        className="border-y border-border bg-surface-muted"
      >
        <div className="mx-auto max-w-6xl px-4 py-16">
          <h2 id="how-heading" className="text-2xl font-semibold tracking-tight">
            How Landed helps
          </h2>
          <ul className="mt-8 grid gap-6 md:grid-cols-3">
            <Feature
              icon={<Users className="size-5" />}
              title="Matching on case facts, not keywords"
            >
              We rank mentors by what actually predicts useful advice: an approved case on your
              pathway, strength on the criteria where you are weak, the same country of
              chargeability, your field, language and time zone. Every match says why.
            </Feature>
            <Feature icon={<Compass className="size-5" />} title="A feed that follows your stage">
              Guides, checklists and answered questions picked for your pathways, your evidence gaps
              and where you are: assessing, building evidence, drafting, answering an RFE, or
              waiting on a priority date.
            </Feature>
            <Feature
              icon={<MessagesSquare className="size-5" />}
              title="A community that has been there"
            >
              Ask about recommendation letters, judging evidence or a Request for Evidence, and hear
              from people who answered the same one. Post anonymously when the question is
              sensitive.
            </Feature>
          </ul>
        </div>
      </section>

      <section id="trust" aria-labelledby="trust-heading" className="mx-auto max-w-6xl px-4 py-16">
        <h2 id="trust-heading" className="text-2xl font-semibold tracking-tight">
          Trust is the product
        </h2>
        <ul className="mt-8 grid gap-6 md:grid-cols-3">
          <Feature icon={<BadgeCheck className="size-5" />} title="Verified mentors">
            A mentor&apos;s &ldquo;approved&rdquo; means something here: an admin reviews a redacted
            approval notice before the verified badge appears. Unverified mentors are labelled as
            such, everywhere.
          </Feature>
          <Feature icon={<Lock className="size-5" />} title="Your case data stays private">
            Country of birth, visa status, stage and case facts are visible only to you, to a mentor
            you accept, and to admins, unless you choose otherwise, field by field. We never ask for
            receipt numbers or A-numbers.
          </Feature>
          <Feature icon={<ShieldCheck className="size-5" />} title="Moderated, with no notarios">
            Reports are reviewed by people; paid evidence mills, unauthorised legal advice and scams
            are removed, and every moderation action is recorded in an audit log.
          </Feature>
        </ul>
      </section>

      {popular.items.length > 0 && (
        <section aria-labelledby="popular-heading" className="border-t border-border">
          <div className="mx-auto max-w-6xl px-4 py-16">
            <div className="flex flex-wrap items-end justify-between gap-4">
              <div>
                <h2 id="popular-heading" className="text-2xl font-semibold tracking-tight">
                  Popular guides
                </h2>
                <p className="mt-2 max-w-2xl text-muted">
                  Written by mentors who were approved, and saved most by members. Free to read.
                </p>
              </div>
              <Link href="/library" className={buttonVariants({ variant: "secondary" })}>
                Browse the library
              </Link>
            </div>
            <ul className="mt-6 grid gap-x-8 sm:grid-cols-2 lg:grid-cols-3">
              {popular.items.map((item) => (
                <li key={item.id} className="border-b border-border">
                  <ContentCard
                    item={{ ...item, authorName: item.author?.name ?? null }}
                    now={now}
                  />
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}

      <section aria-labelledby="pathways-heading" className="border-t border-border">
        <div className="mx-auto max-w-6xl px-4 py-16">
          <h2 id="pathways-heading" className="text-2xl font-semibold tracking-tight">
            Pathways we cover
          </h2>
          <p className="mt-2 max-w-2xl text-muted">
            Each pathway asks for different evidence. Landed keeps the criteria straight and links
            to the official source. Not legal advice.
          </p>
          <dl className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {pathwayList.map((p) => (
              <div key={p.code} className="rounded-lg border border-border p-4">
                <dt className="font-semibold">{p.name}</dt>
                <dd className="mt-1 text-sm text-muted">{p.summary}</dd>
                <dd className="mt-2 text-sm">
                  <a
                    href={p.officialUrl}
                    className="text-accent underline underline-offset-2"
                    rel="noopener noreferrer"
                  >
                    Official USCIS page<span className="sr-only"> for {p.short}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
          <div className="mt-10">
            <Link href="/sign-up" className={buttonVariants({ size: "lg" })}>
              Find your mentors
            </Link>
          </div>
        </div>
      </section>
    </>
  );
}

function Feature({
  icon,
  title,
  children,
}: {
  icon: React.ReactNode;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <li className="rounded-lg border border-border bg-surface p-5">
      <span
        aria-hidden="true"
        className="grid size-9 place-items-center rounded-md bg-accent-subtle text-accent"
      >
        {icon}
      </span>
      <h3 className="mt-4 font-semibold">{title}</h3>
      <p className="mt-2 text-sm text-muted">{children}</p>
    </li>
  );
}
