// How complete a member's profiles are, and the one next thing most worth filling in. Pure: no I/O.
import { pathwayRequirements, type Strength } from "@/lib/domain/criteria";
import { pathwayCodes, pathways, type PathwayCode } from "@/lib/domain/pathways";
import {
  LAST_ONBOARDING_STEP,
  onboardingHref,
  onboardingSteps,
  resumeStep,
  type OnboardingStep,
} from "./steps";

export interface ApplicantForCompleteness {
  targetPathways: readonly PathwayCode[];
  field: string | null;
  keywords: readonly string[];
  countryOfBirth: string | null;
  currentStatus: string | null;
  stage: string | null;
  goals: string | null;
  languages: readonly string[];
  timezone: string | null;
  onboardingStep: number;
  onboardingCompletedAt: Date | null;
}

/** The minimum of a mentor profile that completeness looks at. */
export interface MentorBasics {
  bioFilled: boolean;
  caseRecords: number;
  languages: number;
  timezone: boolean;
}

export interface CompletenessItem {
  key: string;
  /** What to do, as a link text: "Rate your evidence for EB-1A". */
  label: string;
  href: string;
  weight: number;
  done: boolean;
}

export interface Completeness {
  percent: number;
  next: { label: string; href: string } | null;
  items: CompletenessItem[];
}

export const MENTOR_PROFILE_HREF = "/profile/mentor";

function applicantItems(
  a: ApplicantForCompleteness | null,
  assessments: readonly { pathway: PathwayCode; criterion: string; strength: Strength }[],
): CompletenessItem[] {
  const step = (n: OnboardingStep) => onboardingHref(n);
  const chosen = pathwayCodes.filter((p) => a?.targetPathways.includes(p));
  const rated = new Set(assessments.map((x) => `${x.pathway}.${x.criterion}`));
  const toRate = chosen.filter((p) => pathwayRequirements[p].criteria.length > 0);
  const items: CompletenessItem[] = [
    {
      key: "pathways",
      label: "Choose your target pathways",
      href: step(1),
      weight: 15,
      done: chosen.length > 0,
    },
  ];
  // The self-assessment drives matching and the dashboard: 20 points, shared by the pathways to rate.
  if (chosen.length === 0 || toRate.length === 0) {
    items.push({
      key: "evidence",
      label: "Rate your evidence",
      href: step(4),
      weight: 20,
      done: chosen.length > 0,
    });
  } else {
    for (const p of toRate) {
      items.push({
        key: `evidence.${p}`,
        label: `Rate your evidence for ${pathways[p].short}`,
        href: step(4),
        weight: 20 / toRate.length,
        done: pathwayRequirements[p].criteria.every((c) => rated.has(`${p}.${c}`)),
      });
    }
  }
  items.push(
    {
      key: "stage",
      label: "Say where you are in the journey",
      href: step(3),
      weight: 10,
      done: Boolean(a?.stage),
    },
    {
      key: "field",
      label: "Choose your field",
      href: step(2),
      weight: 10,
      done: Boolean(a?.field),
    },
    {
      key: "country",
      label: "Add your country of birth",
      href: step(3),
      weight: 8,
      done: Boolean(a?.countryOfBirth),
    },
    {
      key: "languages",
      label: "Add the languages you speak",
      href: step(5),
      weight: 8,
      done: (a?.languages.length ?? 0) > 0,
    },
    {
      key: "goals",
      label: "Write what you hope to get from a mentor",
      href: step(5),
      weight: 7,
      done: Boolean(a?.goals),
    },
    {
      key: "keywords",
      label: "Add keywords for your work",
      href: step(2),
      weight: 6,
      done: (a?.keywords.length ?? 0) > 0,
    },
    {
      key: "timezone",
      label: "Set your time zone",
      href: step(5),
      weight: 6,
      done: Boolean(a?.timezone),
    },
    {
      key: "status",
      label: "Add your current visa status",
      href: step(3),
      weight: 5,
      done: Boolean(a?.currentStatus),
    },
    {
      key: "privacy",
      label: "Choose who may see your details",
      href: step(6),
      weight: 5,
      done: (a?.onboardingStep ?? 0) >= LAST_ONBOARDING_STEP,
    },
  );
  return items;
}

function mentorItems(m: MentorBasics): CompletenessItem[] {
  return [
    {
      key: "mentor.case",
      label: "Add your case record to your mentor profile",
      href: MENTOR_PROFILE_HREF,
      weight: 40,
      done: m.caseRecords > 0,
    },
    {
      key: "mentor.bio",
      label: "Write your mentor bio",
      href: MENTOR_PROFILE_HREF,
      weight: 30,
      done: m.bioFilled,
    },
    {
      key: "mentor.languages",
      label: "Add the languages you mentor in",
      href: MENTOR_PROFILE_HREF,
      weight: 15,
      done: m.languages > 0,
    },
    {
      key: "mentor.timezone",
      label: "Set your time zone as a mentor",
      href: MENTOR_PROFILE_HREF,
      weight: 15,
      done: m.timezone,
    },
  ];
}

/**
 * Applicant items (when there is an applicant profile, or no profile at all) then mentor items (when
 * there is a mentor profile). While onboarding is unfinished, its next step is the next thing to do.
 */
export function profileCompleteness(input: {
  applicant: ApplicantForCompleteness | null;
  assessments: readonly { pathway: PathwayCode; criterion: string; strength: Strength }[];
  mentor: MentorBasics | null;
}): Completeness {
  const { applicant, assessments, mentor } = input;
  const items = [
    ...(applicant || !mentor ? applicantItems(applicant, assessments) : []),
    ...(mentor ? mentorItems(mentor) : []),
  ];
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  const done = items.filter((i) => i.done).reduce((sum, i) => sum + i.weight, 0);
  // 100 only when everything is done, so the meter never claims "complete" beside a next step.
  const percent = done >= total ? 100 : Math.min(99, Math.round((done / total) * 100));

  let next: Completeness["next"] = null;
  if (!applicant && !mentor) {
    next = { label: "Describe your case: choose your target pathways", href: onboardingHref(1) };
  } else if (
    applicant &&
    !applicant.onboardingCompletedAt &&
    applicant.onboardingStep < LAST_ONBOARDING_STEP
  ) {
    const step = resumeStep(applicant.onboardingStep, false);
    const title = onboardingSteps[step - 1]!.title.toLowerCase();
    next = { label: `Continue setting up your profile: ${title}`, href: onboardingHref(step) };
  } else {
    const first = items.find((i) => !i.done);
    next = first ? { label: first.label, href: first.href } : null;
  }
  return { percent, next, items };
}
