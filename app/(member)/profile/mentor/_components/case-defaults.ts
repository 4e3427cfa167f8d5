import type { CaseRecord } from "@/db/schema";
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
