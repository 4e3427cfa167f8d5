import type { Metadata } from "next";
import Link from "next/link";
import { ClipboardList } from "@/components/ui/icons";
import { EvidenceDashboard } from "@/components/evidence/evidence-dashboard";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePageUser } from "@/lib/auth/session";
import { profileCompleteness } from "@/lib/profiles/completeness";
import { evidenceFor } from "@/lib/profiles/evidence";
import { getOwnApplicantProfile, getOwnMentorBasics } from "@/lib/profiles/queries";
import { LAST_ONBOARDING_STEP, onboardingHref, resumeStep } from "@/lib/profiles/steps";
import { CompletenessMeter } from "./_components/completeness-meter";
import { MentorProfileCard } from "./_components/mentor-profile-card";
import {
  BackgroundSummary,
  FieldSummary,
  GoalsSummary,
  PathwaysSummary,
  PrivacySummary,
  ProfileSection,
} from "./_components/profile-sections";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Your profile" };

/** The parts of the case description shown as summaries, each with the onboarding step that edits it. */
const summaryParts = [
  {
    id: "field-heading",
    title: "Field and keywords",
    step: 2,
    editLabel: "field and keywords",
    Summary: FieldSummary,
  },
  {
    id: "background-heading",
    title: "Background",
    step: 3,
    editLabel: "background",
    Summary: BackgroundSummary,
  },
  {
    id: "goals-heading",
    title: "Goals and logistics",
    step: 5,
    editLabel: "goals and logistics",
    Summary: GoalsSummary,
  },
  {
    id: "privacy-heading",
    title: "Privacy",
    step: 6,
    editLabel: "privacy",
    Summary: PrivacySummary,
  },
] as const;

export default async function ProfilePage({
  searchParams,
}: {
  searchParams: Promise<{ onboarded?: string; updated?: string }>;
}) {
  const user = await requirePageUser("/profile");
  const [own, mentor, params] = await Promise.all([
    getOwnApplicantProfile(user),
    getOwnMentorBasics(user),
    searchParams,
  ]);
  const completeness = profileCompleteness({
    applicant: own?.profile ?? null,
    assessments: own?.assessments ?? [],
    mentor,
  });
  const profile = own?.profile;
  const unfinished = profile && !profile.onboardingCompletedAt;

  return (
    <div className="space-y-8">
      <PageHeader
        title="Your profile"
        description="Your case as you described it. Mentors are matched to it, and you decide who sees what."
      />
      {params.onboarded === "1" && (
        <Alert tone="success" title="Your profile is saved">
          Your matches now follow your pathways and your evidence.{" "}
          <Link href="/mentors" className="font-medium text-accent underline underline-offset-4">
            See your mentor matches
          </Link>
        </Alert>
      )}
      {params.updated === "1" && <Alert tone="success">Your changes are saved.</Alert>}
      {unfinished && (
        <Alert
          tone="info"
          title={`You have saved ${profile.onboardingStep} of ${LAST_ONBOARDING_STEP} steps`}
        >
          <Link
            href={onboardingHref(resumeStep(profile.onboardingStep, false))}
            className="font-medium text-accent underline underline-offset-4"
          >
            Continue setting up your profile
          </Link>
        </Alert>
      )}

      {/* On a phone: completeness first, then the profile, then the mentor card. */}
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:grid-rows-[auto_1fr] lg:items-start">
        <div className="lg:col-start-2 lg:row-start-1">
          <CompletenessMeter completeness={completeness} />
        </div>
        <div className="min-w-0 space-y-8 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          {profile ? (
            <>
              <ProfileSection
                id="pathways-heading"
                title="Target pathways"
                step={1}
                editLabel="target pathways"
              >
                <PathwaysSummary profile={profile} />
              </ProfileSection>
              <ProfileSection
                id="evidence-heading"
                title="Your evidence"
                step={4}
                editLabel="your self-assessment"
              >
                {profile.targetPathways.length > 0 ? (
                  <EvidenceDashboard
                    evidence={evidenceFor(profile.targetPathways, own.assessments)}
                    rateHref={onboardingHref(4)}
                    showNotes
                  />
                ) : (
                  <p className="text-sm text-muted">
                    Choose a pathway first to rate your evidence.
                  </p>
                )}
              </ProfileSection>
              {summaryParts.map(({ Summary, ...part }) => (
                <ProfileSection key={part.id} {...part}>
                  <Summary profile={profile} />
                </ProfileSection>
              ))}
            </>
          ) : (
            <EmptyState
              icon={ClipboardList}
              title={mentor ? "Preparing a case of your own too?" : "Describe your case"}
              description="Tell us which pathways you are aiming for, where you stand and how strong your evidence is. It takes about five minutes, and it is how we find the mentors who can help you most."
              action={
                <Button asChild>
                  <Link href="/onboarding">Start your profile</Link>
                </Button>
              }
            />
          )}
        </div>
        <div className="lg:col-start-2 lg:row-start-2">
          <MentorProfileCard mentor={mentor} />
        </div>
      </div>
    </div>
  );
}
