import { outcomes, serviceCentres } from "@/lib/domain/case-facts";
import { criteria, type CriterionCode } from "@/lib/domain/criteria";
import { pathways } from "@/lib/domain/pathways";
import type { CaseRecord } from "@/db/schema";
import type { CaseRecordView } from "@/lib/mentors/views";
import { VerificationLabel } from "./mentor-card";

/** Every fact of a case record, as its owner and admins see it (docs/domain.md). */
export function fullCaseView(record: CaseRecord): CaseRecordView {
  type Details = NonNullable<CaseRecordView["details"]>;
  return {
    pathway: record.pathway,
    outcome: record.outcome,
    verified: record.verificationStatus === "verified",
    decidedYear: record.decidedMonth ? Number(record.decidedMonth.slice(0, 4)) : null,
    criteriaAccepted: record.criteriaAccepted as CaseRecordView["criteriaAccepted"],
    details: {
      filedMonth: record.filedMonth,
      decidedMonth: record.decidedMonth,
      serviceCentre: record.serviceCentre,
      premium: record.premium,
      selfFiled: record.selfFiled,
      rfe: record.rfe,
      rfeCriteria: record.rfeCriteria as Details["rfeCriteria"],
      criteriaClaimed: record.criteriaClaimed as Details["criteriaClaimed"],
    },
  };
}

/** "2024-02-01" → "February 2024". */
export function monthLabel(month: string | null): string | null {
  if (!month) return null;
  const [year, m] = month.split("-");
  const date = new Date(Date.UTC(Number(year), Number(m) - 1, 1));
  return date.toLocaleDateString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
}

function criteriaNames(codes: CriterionCode[]): string {
  return codes.length > 0 ? codes.map((c) => criteria[c]?.name ?? c).join(", ") : "None listed";
}

function yesNo(value: boolean | null, yes: string, no: string): string {
  return value === null ? "Not given" : value ? yes : no;
}

export function caseTitle(c: Pick<CaseRecordView, "pathway" | "outcome" | "decidedYear">): string {
  return `${pathways[c.pathway].short} · ${outcomes[c.outcome]}${c.decidedYear ? ` ${c.decidedYear}` : ""}`;
}

/** One case record as a viewer may see it: a summary line, then what the mentor chose to show. */
export function CaseRecordDetails({
  record,
  headingLevel: Heading = "h3",
}: {
  record: CaseRecordView;
  headingLevel?: "h2" | "h3";
}) {
  const d = record.details;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading className="font-semibold">{caseTitle(record)}</Heading>
        <VerificationLabel verified={record.verified} />
      </div>
      <p className="text-sm text-muted">{pathways[record.pathway].name}</p>
      {(record.criteriaAccepted || d) && (
        <dl className="grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[12rem_1fr]">
          {record.criteriaAccepted && (
            <>
              <dt className="text-muted">Criteria accepted</dt>
              <dd>{criteriaNames(record.criteriaAccepted)}</dd>
            </>
          )}
          {d && (
            <>
              <dt className="text-muted">Criteria claimed</dt>
              <dd>{criteriaNames(d.criteriaClaimed)}</dd>
              <dt className="text-muted">Filed</dt>
              <dd>{monthLabel(d.filedMonth) ?? "Not given"}</dd>
              <dt className="text-muted">Decided</dt>
              <dd>{monthLabel(d.decidedMonth) ?? "Not given"}</dd>
              <dt className="text-muted">Service centre</dt>
              <dd>{serviceCentres[d.serviceCentre]}</dd>
              <dt className="text-muted">Premium processing</dt>
              <dd>{yesNo(d.premium, "Yes", "No, regular processing")}</dd>
              <dt className="text-muted">Filed by</dt>
              <dd>
                {yesNo(d.selfFiled, "Self-filed, without an attorney", "An attorney or employer")}
              </dd>
              <dt className="text-muted">RFE (request for evidence)</dt>
              <dd>{d.rfe ? `Yes, on: ${criteriaNames(d.rfeCriteria)}` : "No"}</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
