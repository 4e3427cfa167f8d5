import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Globe, Languages, MapPin, Users } from "@/components/ui/icons";
import { setBookmarkAction } from "@/app/_actions/bookmark";
import { BookmarkButton } from "@/components/mentors/bookmark-button";
import { ReportButton } from "@/components/moderation/report-button";
import { reportAction } from "@/app/_actions/report";
import { CaseRecordDetails } from "@/components/mentors/case-record-details";
import { MentorProfileStats } from "@/components/mentors/mentor-profile-stats";
import { availabilityText, VerificationLabel } from "@/components/mentors/mentor-card";
import { buttonVariants } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { fields, visibilityLabels } from "@/lib/domain/case-facts";
import { countryName, languageName } from "@/lib/domain/countries";
import { getMentorProfileForViewer } from "@/lib/mentors/queries";
import { RequestSection } from "./_components/request-section";
import { Section } from "@/components/ui/section";

type Params = Promise<{ handle: string }>;

// generateMetadata and the page share one read per request.
const loadProfile = cache(async (handle: string) =>
  getMentorProfileForViewer(await getCurrentUser(), handle),
);

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { handle } = await params;
  const profile = await loadProfile(handle);
  return { title: profile ? `${profile.displayName} · Mentor` : "Mentor not found" };
}

export default async function MentorProfilePage({ params }: { params: Params }) {
  const { handle } = await params;
  const profile = await loadProfile(handle);
  if (!profile) notFound();
  const viewer = await getCurrentUser();
  const signedOut = profile.relation === "anonymous";
  const caseDetailsHidden =
    !signedOut && profile.cases.length > 0 && profile.cases.every((c) => c.details === null);

  return (
    <div className={signedOut ? "mx-auto max-w-3xl space-y-8 px-4 py-10" : "max-w-3xl space-y-8"}>
      <header className="space-y-3">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold tracking-tight">{profile.displayName}</h1>
          <VerificationLabel verified={profile.verified} />
        </div>
        <p className="text-muted">
          @{profile.handle}
          {profile.field ? ` · ${fields[profile.field]}` : ""}
        </p>
        {profile.relation === "self" && (
          <p className="rounded-control bg-surface-muted p-3 text-sm">
            This is your public mentor page. Members see more than visitors; you and admins see
            everything.{" "}
            <Link
              href="/profile/mentor"
              className="text-accent underline underline-offset-4 hover:text-accent-hover"
            >
              Edit your mentor profile
            </Link>
          </p>
        )}
        {profile.relation === "counterpart" && (
          <p className="rounded-control bg-surface-muted p-3 text-sm">
            You are in a mentorship together, so you also see what{" "}
            {profile.displayName.split(" ")[0]} shares with their mentees. It ends with the
            mentorship.
          </p>
        )}
        {profile.userId && profile.bookmarked !== null && (
          <BookmarkButton
            mentorUserId={profile.userId}
            mentorName={profile.displayName}
            bookmarked={profile.bookmarked}
            action={setBookmarkAction}
          />
        )}
        {profile.userId && profile.bookmarked !== null && (
          <ReportButton
            action={reportAction}
            targetType="profile"
            targetId={profile.userId}
            label={`${profile.displayName}'s profile`}
          />
        )}
      </header>

      {profile.bio && (
        <Section id="about" title="About" className="space-y-2">
          <p className="whitespace-pre-line">{profile.bio}</p>
        </Section>
      )}

      <Section id="facts" title="At a glance" hiddenTitle>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          {profile.languages.length > 0 && (
            <Fact icon={Languages} term="Speaks">
              {profile.languages.map(languageName).join(", ")}
            </Fact>
          )}
          {profile.availability && (
            <Fact icon={Users} term="Availability">
              {availabilityText(profile.availability)}
            </Fact>
          )}
          {profile.userId && <MentorProfileStats mentorId={profile.userId} />}
          {profile.timezone && (
            <Fact icon={Globe} term="Time zone">
              {profile.timezone.replace(/_/g, " ")}
            </Fact>
          )}
          {profile.countryOfBirth && (
            <Fact icon={MapPin} term="Country of birth">
              {countryName(profile.countryOfBirth)}
            </Fact>
          )}
        </dl>
        {profile.topics.length > 0 && (
          <div className="space-y-2">
            <h3 className="text-sm font-medium">Can help with</h3>
            <ul className="flex flex-wrap gap-2" aria-label="Topics">
              {profile.topics.map((topic) => (
                <li
                  key={topic}
                  className="rounded-full bg-accent-subtle px-2.5 py-0.5 text-sm text-fg"
                >
                  {topic}
                </li>
              ))}
            </ul>
          </div>
        )}
      </Section>

      <Section id="cases" title={signedOut ? "Approved pathways" : "Cases"} className="space-y-4">
        <p className="text-sm text-muted">
          {profile.displayName.split(" ")[0]} shares their own case, not legal advice. “Verified
          outcome” means an admin checked a redacted approval notice; “Unverified” means nobody has
          checked it yet.
        </p>
        {profile.cases.length === 0 ? (
          <p className="text-sm">No case described yet.</p>
        ) : (
          <ul className="space-y-4">
            {profile.cases.map((record, i) => (
              <li
                key={`${record.pathway}-${i}`}
                className="rounded-card border border-border bg-surface-raised p-4"
              >
                <CaseRecordDetails record={record} />
              </li>
            ))}
          </ul>
        )}
        {caseDetailsHidden && (
          <p className="text-sm text-muted">
            Filing and decision months, service centre and other case details are private to this
            mentor&apos;s mentees.
          </p>
        )}
        {profile.visibility && (
          <dl className="grid gap-x-3 gap-y-1 text-sm text-muted sm:grid-cols-[auto_1fr]">
            <dt>Who may see the country of birth:</dt>
            <dd>{visibilityLabels[profile.visibility.country]}</dd>
            <dt>Who may see the case details:</dt>
            <dd>{visibilityLabels[profile.visibility.caseDetails]}</dd>
          </dl>
        )}
      </Section>

      {viewer && profile.userId && profile.relation !== "self" && (
        <RequestSection viewer={viewer} mentor={{ ...profile, userId: profile.userId }} />
      )}

      {signedOut && (
        <aside
          aria-labelledby="join-heading"
          className="space-y-3 rounded-card border border-border bg-surface-raised p-5"
        >
          <h2 id="join-heading" className="text-lg font-semibold">
            Sign in to see more and ask for mentorship
          </h2>
          <p className="text-sm text-muted">
            Members see each mentor&apos;s accepted criteria, availability and the case details the
            mentor chose to share with members.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link
              href={`/sign-in?next=${encodeURIComponent(`/mentors/${profile.handle}`)}`}
              className={buttonVariants({ variant: "primary" })}
            >
              Sign in
            </Link>
            <Link href="/sign-up" className={buttonVariants({ variant: "secondary" })}>
              Create account
            </Link>
          </div>
        </aside>
      )}
    </div>
  );
}

function Fact({
  icon: Icon,
  term,
  children,
}: {
  icon: typeof Globe;
  term: string;
  children: React.ReactNode;
}) {
  // dt and dd stay direct children of one div inside the dl, as the list needs.
  return (
    <div>
      <dt className="flex items-center gap-2 text-muted">
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        {term}
      </dt>
      <dd className="pl-6">{children}</dd>
    </div>
  );
}
