import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Check } from "@/components/ui/icons";
import { cn } from "@/components/ui/cn";
import { requirePageUser } from "@/lib/auth/session";
import { countryOptions, languageOptions } from "@/lib/domain/countries";
import { getOwnApplicantProfile, type OwnApplicantProfile } from "@/lib/profiles/queries";
import { assessmentFieldName } from "@/lib/profiles/schemas";
import {
  furthestOpenStep,
  LAST_ONBOARDING_STEP,
  onboardingHref,
  onboardingSteps,
  resumeStep,
  type OnboardingStep,
} from "@/lib/profiles/steps";
import { StepForm } from "./_components/step-form";
import type { FormShape } from "./_components/step-values";
import { timeZoneGroups } from "./_components/time-zone-options";

type Props = { searchParams: Promise<{ step?: string | string[] }> };

const intros: Record<OnboardingStep, string> = {
  1: "Start with where you are heading. Everything else on Landed, from your matches to your feed, follows from it.",
  2: "Your field helps us find mentors who know what strong evidence looks like in your line of work.",
  3: "A little about where you stand today.",
  4: "Rate your evidence for each criterion of the pathways you chose. Nobody else sees this unless you allow it in the privacy step.",
  5: "What you want from a mentor, and the practical details that make meeting one easy.",
  6: "Decide who may see each sensitive detail. You can change this at any time.",
};

function requestedStep(raw: string | string[] | undefined): number | null {
  return typeof raw === "string" && /^[1-9]$/.test(raw) ? Number(raw) : null;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const step = requestedStep((await searchParams).step);
  const title = step && step <= LAST_ONBOARDING_STEP ? onboardingSteps[step - 1]!.title : null;
  return { title: title ? `${title}: set up your profile` : "Set up your profile" };
}

/** The saved profile in the form's own shape (field names as in the form, lists as arrays). */
function savedShape(own: OwnApplicantProfile | null): FormShape {
  if (!own) return {};
  const p = own.profile;
  const shape: FormShape = {
    targetPathways: p.targetPathways,
    field: p.field ?? "",
    keywords: p.keywords.join(", "),
    countryOfBirth: p.countryOfBirth ?? "",
    currentStatus: p.currentStatus ?? "",
    stage: p.stage ?? "",
    goals: p.goals ?? "",
    languages: p.languages,
    timezone: p.timezone ?? "",
    countryVisibility: p.countryVisibility,
    statusVisibility: p.statusVisibility,
    stageVisibility: p.stageVisibility,
    evidenceVisibility: p.evidenceVisibility,
  };
  for (const a of own.assessments) {
    const criterion = a.criterion as Parameters<typeof assessmentFieldName>[1];
    shape[assessmentFieldName(a.pathway, criterion, "strength")] = a.strength;
    shape[assessmentFieldName(a.pathway, criterion, "note")] = a.note ?? "";
  }
  return shape;
}

export default async function OnboardingPage({ searchParams }: Props) {
  const user = await requirePageUser("/onboarding");
  const own = await getOwnApplicantProfile(user);
  const saved = own?.profile.onboardingStep ?? 0;
  const completed = Boolean(own?.profile.onboardingCompletedAt);
  const raw = (await searchParams).step;
  const requested = requestedStep(raw);
  if (raw !== undefined && (requested === null || requested > furthestOpenStep(saved))) {
    redirect(
      onboardingHref(requested === null ? resumeStep(saved, completed) : furthestOpenStep(saved)),
    );
  }
  const step = (requested ?? resumeStep(saved, completed)) as OnboardingStep;
  const { title } = onboardingSteps[step - 1]!;

  return (
    <div className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-4">
        <h1 className="text-2xl font-semibold tracking-tight">
          {completed ? "Edit your profile" : "Set up your profile"}
        </h1>
        <StepProgress step={step} saved={saved} />
      </header>
      <section aria-labelledby="step-heading" className="space-y-6">
        <div>
          <h2 id="step-heading" className="text-xl font-semibold">
            {title}
          </h2>
          <p className="mt-1 max-w-prose text-muted">{intros[step]}</p>
        </div>
        <StepForm
          key={step}
          step={step}
          mode={completed ? "edit" : "setup"}
          saved={savedShape(own)}
          chosenPathways={own?.profile.targetPathways ?? []}
          countries={step === 3 ? countryOptions : undefined}
          languages={step === 5 ? languageOptions : undefined}
          timezones={step === 5 ? timeZoneGroups() : undefined}
        />
      </section>
    </div>
  );
}

function StepProgress({ step, saved }: { step: OnboardingStep; saved: number }) {
  const furthest = furthestOpenStep(saved);
  const text = `Step ${step} of ${LAST_ONBOARDING_STEP}`;
  return (
    <div className="space-y-3">
      <p id="onboarding-progress" className="text-sm font-medium text-muted">
        {text}
      </p>
      <div
        role="progressbar"
        aria-labelledby="onboarding-progress"
        aria-valuemin={0}
        aria-valuemax={LAST_ONBOARDING_STEP}
        aria-valuenow={step}
        aria-valuetext={text}
        className="h-2 overflow-hidden rounded-full bg-surface-muted"
      >
        <div
          className="h-full rounded-full bg-accent"
          style={{ width: `${(step / LAST_ONBOARDING_STEP) * 100}%` }}
        />
      </div>
      <nav aria-label="Profile steps" className="hidden sm:block">
        <ol className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {onboardingSteps.map((s) => {
            const isSaved = s.step <= saved;
            const label = (
              <>
                {isSaved ? <Check aria-hidden="true" className="size-3.5" /> : null}
                {s.title}
                {isSaved ? <span className="sr-only"> (saved)</span> : null}
              </>
            );
            return (
              <li key={s.step}>
                {s.step <= furthest ? (
                  <Link
                    href={onboardingHref(s.step)}
                    aria-current={s.step === step ? "step" : undefined}
                    className={cn(
                      "inline-flex items-center gap-1 rounded-sm text-muted underline-offset-4 hover:text-fg hover:underline",
                      s.step === step && "font-semibold text-fg",
                    )}
                  >
                    {label}
                  </Link>
                ) : (
                  <span className="inline-flex items-center gap-1 text-muted">{label}</span>
                )}
              </li>
            );
          })}
        </ol>
      </nav>
    </div>
  );
}
