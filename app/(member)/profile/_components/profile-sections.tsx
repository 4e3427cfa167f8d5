// The member's own applicant profile, section by section, each with a link to its wizard step.
import Link from "next/link";
import type { ReactNode } from "react";
import { Pencil } from "@/components/ui/icons";
import type { ApplicantProfile } from "@/db/schema";
import {
  fields,
  visaStatuses,
  visibilityLabels,
  type FieldCode,
  type VisaStatusCode,
  type Visibility,
} from "@/lib/domain/case-facts";
import {
  chargeabilityLabels,
  chargeabilityOf,
  countryName,
  languageName,
} from "@/lib/domain/countries";
import { pathwayCodes, pathways } from "@/lib/domain/pathways";
import { stages } from "@/lib/domain/stages";
import { onboardingHref, type OnboardingStep } from "@/lib/profiles/steps";

export function ProfileSection({
  id,
  title,
  step,
  editLabel,
  children,
}: {
  id: string;
  title: string;
  step: OnboardingStep;
  /** Completes "Edit …" for screen readers, e.g. "target pathways". */
  editLabel: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3 border-t border-border pt-6">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        <Link
          href={onboardingHref(step)}
          className="inline-flex items-center gap-1 text-sm font-medium text-accent underline underline-offset-4"
        >
          <Pencil aria-hidden="true" className="size-3.5" />
          Edit<span className="sr-only"> {editLabel}</span>
        </Link>
      </div>
      {children}
    </section>
  );
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-muted">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  );
}

const grid = "grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[11rem_1fr]";
const notGiven = <span className="text-muted italic">Not given yet</span>;

function Seen({ level }: { level: Visibility }) {
  return (
    <span className="block text-xs text-muted">
      Who sees it: {visibilityLabels[level].toLowerCase()}
    </span>
  );
}

export function PathwaysSummary({ profile }: { profile: ApplicantProfile }) {
  const chosen = pathwayCodes.filter((p) => profile.targetPathways.includes(p));
  if (chosen.length === 0) return <p className="text-sm">{notGiven}</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {chosen.map((p) => (
        <li
          key={p}
          className="rounded-full border border-border bg-accent-subtle px-3 py-1 text-sm"
        >
          {pathways[p].name}
        </li>
      ))}
    </ul>
  );
}

export function FieldSummary({ profile }: { profile: ApplicantProfile }) {
  return (
    <dl className={grid}>
      <Row term="Field">{profile.field ? fields[profile.field as FieldCode] : notGiven}</Row>
      <Row term="Keywords">
        {profile.keywords.length > 0 ? profile.keywords.join(", ") : notGiven}
      </Row>
    </dl>
  );
}

export function BackgroundSummary({ profile }: { profile: ApplicantProfile }) {
  const area = chargeabilityOf(profile.countryOfBirth);
  return (
    <dl className={grid}>
      <Row term="Country of birth">
        {profile.countryOfBirth ? (
          <>
            {countryName(profile.countryOfBirth)}
            {area ? (
              <span className="block text-muted">
                Visa Bulletin chargeability: {chargeabilityLabels[area]}
              </span>
            ) : null}
          </>
        ) : (
          notGiven
        )}
        <Seen level={profile.countryVisibility} />
      </Row>
      <Row term="Current status">
        {profile.currentStatus ? visaStatuses[profile.currentStatus as VisaStatusCode] : notGiven}
        <Seen level={profile.statusVisibility} />
      </Row>
      <Row term="Stage">
        {profile.stage ? (
          <>
            {stages[profile.stage].label}
            <span className="block text-muted">{stages[profile.stage].plain}</span>
          </>
        ) : (
          notGiven
        )}
        <Seen level={profile.stageVisibility} />
      </Row>
    </dl>
  );
}

export function GoalsSummary({ profile }: { profile: ApplicantProfile }) {
  return (
    <dl className={grid}>
      <Row term="Goals">
        {profile.goals ? <span className="whitespace-pre-line">{profile.goals}</span> : notGiven}
        <Seen level={profile.evidenceVisibility} />
      </Row>
      <Row term="Languages">
        {profile.languages.length > 0 ? profile.languages.map(languageName).join(", ") : notGiven}
      </Row>
      <Row term="Time zone">
        {profile.timezone ? profile.timezone.replace(/_/g, " ") : notGiven}
      </Row>
    </dl>
  );
}

export function PrivacySummary({ profile }: { profile: ApplicantProfile }) {
  return (
    <dl className={grid}>
      <Row term="Country of birth">{visibilityLabels[profile.countryVisibility]}</Row>
      <Row term="Current status">{visibilityLabels[profile.statusVisibility]}</Row>
      <Row term="Stage">{visibilityLabels[profile.stageVisibility]}</Row>
      <Row term="Self-assessment and goals">{visibilityLabels[profile.evidenceVisibility]}</Row>
    </dl>
  );
}
