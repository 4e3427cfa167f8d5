// The applicant's profile facts as the viewer may see them: a field the query withheld is absent,
// so it is simply not listed.
import { fields, visaStatuses } from "@/lib/domain/case-facts";
import { countryName, languageName } from "@/lib/domain/countries";
import { pathways } from "@/lib/domain/pathways";
import { stages } from "@/lib/domain/stages";
import type { ApplicantProfileView } from "@/lib/profiles/queries";

export function ApplicantFacts({ profile: p }: { profile: ApplicantProfileView | null }) {
  const facts: Array<[string, string]> = [];
  if (p?.targetPathways?.length)
    facts.push(["Pathways", p.targetPathways.map((c) => pathways[c].short).join(", ")]);
  if (p?.field) facts.push(["Field", fields[p.field]]);
  if (p?.stage) facts.push(["Stage", stages[p.stage].label]);
  if (p?.currentStatus) facts.push(["Current status", visaStatuses[p.currentStatus]]);
  if (p?.countryOfBirth) facts.push(["Country of birth", countryName(p.countryOfBirth)]);
  if (p?.languages?.length) facts.push(["Speaks", p.languages.map(languageName).join(", ")]);
  if (p?.timezone) facts.push(["Time zone", p.timezone.replace(/_/g, " ")]);
  if (facts.length === 0) return null;
  return (
    <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="text-muted">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
