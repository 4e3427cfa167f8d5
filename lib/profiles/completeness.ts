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

/** One item of the meter: what to do, where, how much it counts and whether it is done. */
function item(
  key: string,
  label: string,
  href: string,
  weight: number,
  done: boolean,
): CompletenessItem {
  return { key, label, href, weight, done };
}

/** What the meter asks of an applicant after the pathways and the evidence, in the order it asks. */
const applicantFields: readonly (readonly [
  key: string,
  label: string,
  step: OnboardingStep,
  weight: number,
  done: (a: ApplicantForCompleteness) => boolean,
])[] = [
  ["stage", "Say where you are in the journey", 3, 10, (a) => Boolean(a.stage)],
  ["field", "Choose your field", 2, 10, (a) => Boolean(a.field)],
  ["country", "Add your country of birth", 3, 8, (a) => Boolean(a.countryOfBirth)],
  ["languages", "Add the languages you speak", 5, 8, (a) => a.languages.length > 0],
  ["goals", "Write what you hope to get from a mentor", 5, 7, (a) => Boolean(a.goals)],
  ["keywords", "Add keywords for your work", 2, 6, (a) => a.keywords.length > 0],
  ["timezone", "Set your time zone", 5, 6, (a) => Boolean(a.timezone)],
  ["status", "Add your current visa status", 3, 5, (a) => Boolean(a.currentStatus)],
  [
    "privacy",
    "Choose who may see your details",
    6,
    5,
    (a) => a.onboardingStep >= LAST_ONBOARDING_STEP,
  ],
];

/** What the meter asks of a mentor, in the order it asks; every item links to the mentor profile. */
const mentorFields: readonly (readonly [
  key: string,
  label: string,
  weight: number,
  done: (m: MentorBasics) => boolean,
])[] = [
  ["mentor.case", "Add your case record to your mentor profile", 40, (m) => m.caseRecords > 0],
  ["mentor.bio", "Write your mentor bio", 30, (m) => m.bioFilled],
  ["mentor.languages", "Add the languages you mentor in", 15, (m) => m.languages > 0],
  ["mentor.timezone", "Set your time zone as a mentor", 15, (m) => m.timezone],
];

function applicantItems(
  a: ApplicantForCompleteness | null,
  assessments: readonly { pathway: PathwayCode; criterion: string; strength: Strength }[],
): CompletenessItem[] {
  const step = (n: OnboardingStep) => onboardingHref(n);
  const chosen = pathwayCodes.filter((p) => a?.targetPathways.includes(p));
  const rated = new Set(assessments.map((x) => `${x.pathway}.${x.criterion}`));
  const toRate = chosen.filter((p) => pathwayRequirements[p].criteria.length > 0);
  const items = [item("pathways", "Choose your target pathways", step(1), 15, chosen.length > 0)];
  // The self-assessment drives matching and the dashboard: 20 points, shared by the pathways to rate.
  if (chosen.length === 0 || toRate.length === 0) {
    items.push(item("evidence", "Rate your evidence", step(4), 20, chosen.length > 0));
  } else {
    for (const p of toRate) {
      const done = pathwayRequirements[p].criteria.every((c) => rated.has(`${p}.${c}`));
      const label = `Rate your evidence for ${pathways[p].short}`;
      items.push(item(`evidence.${p}`, label, step(4), 20 / toRate.length, done));
    }
  }
  for (const [key, label, n, weight, done] of applicantFields) {
    items.push(item(key, label, step(n), weight, a !== null && done(a)));
  }
  return items;
}

function mentorItems(m: MentorBasics): CompletenessItem[] {
  return mentorFields.map(([key, label, weight, done]) =>
    item(key, label, MENTOR_PROFILE_HREF, weight, done(m)),
  );
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
