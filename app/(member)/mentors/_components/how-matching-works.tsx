// A short line on how matches are ranked, and the weights themselves for anyone who wants them.
import { weights as w } from "@/lib/matching/weights";

const rows: Array<[string, string]> = [
  [
    "Approved on a pathway you target",
    `+${w.targetPathway}, and +${w.furtherPathway} for each further one`,
  ],
  [
    "Criteria the officer accepted from them where you are weak",
    `+${w.complementsNone} where you have no evidence yet, +${w.complementsSome} where you have some (up to ${w.complementsMaxCriteria} criteria)`,
  ],
  [
    "An RFE (Request for Evidence) they answered, when you are answering one",
    `+${w.rfeOnPathway}, or +${w.rfeOnPathway + w.rfeOnWeakCriterion} when it was on a criterion where you are weak`,
  ],
  [
    "Same chargeability: the country of birth the Visa Bulletin counts you under",
    `+${w.chargeabilityLongQueue} for India, China, Mexico or the Philippines, +${w.chargeabilityRestOfWorld} for the rest of the world`,
  ],
  ["Same field", `+${w.sameField}`],
  ["Topics you both listed", `+${w.sharedTopic} each, up to ${w.sharedTopicMax}`],
  ["A language you share other than English", `+${w.sharedLanguage}`],
  ["Time zones", `+${w.timezoneWithin3h} within 3 hours, +${w.timezoneWithin6h} within 6 hours`],
  ["Approval verified by an admin", `+${w.verifiedOutcome}`],
  [
    "Seats taken and requests waiting",
    `up to ${w.loadAtFull} in proportion to seats taken, ${w.pendingEach} per pending request after the first (at most ${w.pendingMax})`,
  ],
];

export function HowMatchingWorks() {
  return (
    <div className="space-y-2 text-sm text-muted">
      <p>
        Only mentors with a free seat are suggested. Each reason shows the points it added. A
        verified outcome means an admin checked the mentor&apos;s approval notice. Mentors share
        experience, not legal advice.
      </p>
      <details className="group rounded-control border border-border px-3 py-2">
        <summary className="cursor-pointer font-medium text-fg">How matching works</summary>
        <p className="mt-2">
          Every mentor suggested was approved on at least one pathway you target. Then points add
          up, and busy mentors lose a few so that nobody is flooded with requests:
        </p>
        <dl className="mt-2 grid gap-x-4 gap-y-1.5 sm:grid-cols-2">
          {rows.map(([what, points]) => (
            <div key={what} className="contents">
              <dt className="text-fg">{what}</dt>
              <dd className="mb-1 sm:mb-0">{points}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-2">
          Equal scores are ordered the same way every time. Countries and case details that a mentor
          keeps private are never used.
        </p>
      </details>
    </div>
  );
}
