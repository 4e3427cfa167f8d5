import type { CaseRecord } from "@/db/schema";
import type { CaseRecordView } from "@/lib/mentors/views";
import type { CaseRecordDefaults } from "./case-record-form";

function triState(value: boolean | null): "yes" | "no" | "unknown" {
  return value === null ? "unknown" : value ? "yes" : "no";
}

/** A stored record as the edit form's starting values. */
export function caseDefaults(record: CaseRecord): CaseRecordDefaults {
  return {
    pathway: record.pathway,
    filedMonth: record.filedMonth?.slice(0, 7) ?? "",
    decidedMonth: record.decidedMonth?.slice(0, 7) ?? "",
    serviceCentre: record.serviceCentre,
    premium: triState(record.premium),
    selfFiled: triState(record.selfFiled),
    rfe: record.rfe ? "yes" : "no",
    rfeCriteria: record.rfeCriteria,
    outcome: record.outcome,
    criteriaClaimed: record.criteriaClaimed,
    criteriaAccepted: record.criteriaAccepted,
  };
}

/** The owner's view of their own record: every detail. */
export function ownCaseView(record: CaseRecord): CaseRecordView {
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
      rfeCriteria: record.rfeCriteria as NonNullable<CaseRecordView["details"]>["rfeCriteria"],
      criteriaClaimed: record.criteriaClaimed as NonNullable<
        CaseRecordView["details"]
      >["criteriaClaimed"],
    },
  };
}
