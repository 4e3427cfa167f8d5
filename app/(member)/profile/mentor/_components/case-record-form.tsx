"use client";

import Link from "next/link";
import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/text-field";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import { schemaCheck } from "@/components/forms/schema-check";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, buttonVariants } from "@/components/ui/button";
import {
  outcomeCodes,
  outcomes,
  serviceCentreCodes,
  serviceCentres,
} from "@/lib/domain/case-facts";
import { criteriaFor } from "@/lib/domain/criteria";
import { pathwayCodes, pathwayList, type PathwayCode } from "@/lib/domain/pathways";
import type { FormAction } from "@/lib/action";
import { caseRecordSchema, currentMonth, updateCaseRecordFormSchema } from "@/lib/mentors/schemas";

export interface CaseRecordDefaults {
  pathway: PathwayCode;
  filedMonth: string;
  decidedMonth: string;
  serviceCentre: string;
  premium: "yes" | "no" | "unknown";
  selfFiled: "yes" | "no" | "unknown";
  rfe: "yes" | "no";
  rfeCriteria: string[];
  outcome: string;
  criteriaClaimed: string[];
  criteriaAccepted: string[];
}

export const emptyCaseRecord: CaseRecordDefaults = {
  pathway: "eb1a",
  filedMonth: "",
  decidedMonth: "",
  serviceCentre: "unknown",
  premium: "unknown",
  selfFiled: "unknown",
  rfe: "no",
  rfeCriteria: [],
  outcome: "approved",
  criteriaClaimed: [],
  criteriaAccepted: [],
};

export function CaseRecordForm({
  action,
  defaults,
  recordId,
}: {
  action: FormAction;
  defaults: CaseRecordDefaults;
  /** Set when editing: the record's id travels in a hidden field. */
  recordId?: string;
}) {
  const form = useFormAction(
    action,
    schemaCheck(recordId ? updateCaseRecordFormSchema : caseRecordSchema),
  );
  const { errors, field, pending } = form;
  const [pathway, setPathway] = useState<PathwayCode>(defaults.pathway);
  const [rfe, setRfe] = useState(defaults.rfe === "yes");
  // The plain-word explanation shows once, in the first group; the others list names only.
  const explained = criteriaFor(pathway).map((c) => ({
    value: c.code,
    label: c.name,
    hint: c.plain,
  }));
  const options = explained.map(({ value, label }) => ({ value, label }));
  // Boxes keep their ticks only for the pathway they were ticked under.
  const ticks = (list: string[]) => (pathway === defaults.pathway ? list : []);
  const maxMonth = currentMonth().slice(0, 7);

  return (
    <ActionForm form={form} noValidate className="space-y-6" aria-label="Case record">
      {recordId && <input type="hidden" name="id" value={recordId} />}

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          {...field("pathway", defaults.pathway)}
          label="Pathway"
          onChange={(e) => {
            const value = e.currentTarget.value;
            if ((pathwayCodes as readonly string[]).includes(value))
              setPathway(value as PathwayCode);
          }}
          options={pathwayList.map((p) => ({ value: p.code, label: p.name }))}
        />
        <SelectField
          {...field("outcome", defaults.outcome)}
          label="Outcome"
          options={outcomeCodes.map((o) => ({ value: o, label: outcomes[o] }))}
        />
        <TextField
          {...field("filedMonth", defaults.filedMonth)}
          label="Filing month (optional)"
          description="When the I-140 (or I-129 for O-1A) was filed."
          type="month"
          placeholder="2024-03"
          max={maxMonth}
        />
        <TextField
          {...field("decidedMonth", defaults.decidedMonth)}
          label="Decision month (optional)"
          description="Leave empty while the case is pending."
          type="month"
          placeholder="2024-09"
          max={maxMonth}
        />
        <SelectField
          {...field("serviceCentre", defaults.serviceCentre)}
          label="Service centre"
          description="The USCIS office that decided the petition, as shown on the notice."
          options={serviceCentreCodes.map((s) => ({ value: s, label: serviceCentres[s] }))}
        />
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <ChoiceGroup
          type="radio"
          {...field("premium", defaults.premium)}
          legend="Premium processing"
          description="A fee paid for a faster decision."
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No, regular processing" },
            { value: "unknown", label: "Not sure" },
          ]}
        />
        <ChoiceGroup
          type="radio"
          {...field("selfFiled", defaults.selfFiled)}
          legend="Who filed it"
          options={[
            { value: "yes", label: "I filed it myself" },
            { value: "no", label: "An attorney or my employer" },
            { value: "unknown", label: "Prefer not to say" },
          ]}
        />
      </div>

      <ChoiceGroup
        type="radio"
        {...field("rfe", defaults.rfe)}
        legend="Did you receive an RFE?"
        description="A Request for Evidence: USCIS asks for more before deciding (a Notice of Intent to Deny counts too)."
        onChange={(value, checked) => checked && setRfe(value === "yes")}
        options={[
          { value: "yes", label: "Yes" },
          { value: "no", label: "No" },
        ]}
      />

      {options.length === 0 ? (
        <p className="rounded-control bg-surface-muted p-3 text-sm">
          {pathwayList.find((p) => p.code === pathway)?.short} has no criteria list: it turns on a
          qualifying role rather than criteria, so there is nothing to tick here.
        </p>
      ) : (
        <div key={pathway} className="space-y-6">
          <ChoiceGroup
            type="checkbox"
            name="criteriaClaimed"
            legend="Criteria you claimed"
            description="Every criterion your petition argued."
            options={explained}
            defaultValue={ticks(defaults.criteriaClaimed)}
            errors={errors?.criteriaClaimed}
            layout="grid-2"
          />
          <ChoiceGroup
            type="checkbox"
            name="criteriaAccepted"
            legend="Criteria the officer accepted"
            description="Only criteria you also claimed. Members see these on your profile."
            options={options}
            defaultValue={ticks(defaults.criteriaAccepted)}
            errors={errors?.criteriaAccepted}
            layout="grid-2"
          />
          <ChoiceGroup
            type="checkbox"
            name="rfeCriteria"
            legend="Criteria the RFE asked about"
            description={
              rfe
                ? "Tick the criteria the RFE questioned."
                : "Only if you received an RFE: choose “Yes” above first."
            }
            options={options}
            defaultValue={ticks(defaults.rfeCriteria)}
            errors={errors?.rfeCriteria}
            layout="grid-2"
          />
        </div>
      )}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? "Saving…" : recordId ? "Save changes" : "Add case record"}
        </Button>
        <Link href="/profile/mentor" className={buttonVariants({ variant: "ghost" })}>
          Cancel
        </Link>
      </div>
    </ActionForm>
  );
}
