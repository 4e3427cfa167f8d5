"use client";

import { TextField } from "@/components/forms/text-field";
import { fields, visaStatuses, fieldCodes, visaStatusCodes } from "@/lib/domain/case-facts";
import { pathwayList } from "@/lib/domain/pathways";
import { stageCodes, stages } from "@/lib/domain/stages";
import { KEYWORD_MAX_LENGTH, KEYWORDS_MAX } from "@/lib/profiles/schemas";
import { ChoiceGroup, type Option } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import type { StepValues } from "./step-values";

const pathwayOptions: Option[] = pathwayList.map((p) => ({
  value: p.code,
  label: p.name,
  hint: `${p.summary} Who files: ${p.whoFiles}.`,
}));

export function PathwaysStep({ v }: { v: StepValues }) {
  return (
    <div className="space-y-4">
      <ChoiceGroup
        type="checkbox"
        name="targetPathways"
        legend="Which pathways are you aiming for?"
        legendClassName="text-base font-semibold"
        description="Choose every pathway you are considering. Many people aim for two at once, such as EB-1A and EB-2 NIW. You can change this later."
        options={pathwayOptions}
        defaultValue={v.list("targetPathways")}
        errors={v.errors?.targetPathways}
      />
      <p className="text-sm text-muted">
        Summaries in plain words, not legal advice. The official source is{" "}
        <a
          className="text-accent underline underline-offset-2"
          href="https://www.uscis.gov/working-in-the-united-states/permanent-workers"
          rel="noopener noreferrer"
        >
          USCIS: permanent workers
        </a>
        .
      </p>
    </div>
  );
}

export function FieldStep({ v }: { v: StepValues }) {
  return (
    <div className="max-w-xl space-y-6">
      <SelectField
        {...v.field("field")}
        label="Your field"
        description="The broad field of your work. Mentors in the same field understand your evidence best."
        placeholder="Choose your field"
        options={fieldCodes.map((code) => ({ value: code, label: fields[code] }))}
      />
      <TextField
        {...v.field("keywords")}
        label="Keywords (optional)"
        description={`What you work on, separated by commas, e.g. "computer vision, medical imaging". Up to ${KEYWORDS_MAX}, each up to ${KEYWORD_MAX_LENGTH} characters.`}
        autoComplete="off"
      />
    </div>
  );
}

export function BackgroundStep({ v, countries }: { v: StepValues; countries: Option[] }) {
  return (
    <div className="space-y-8">
      <p className="max-w-prose text-sm text-muted">
        These details are sensitive. Only you, mentors you work with and admins see them unless you
        choose otherwise in the privacy step.
      </p>
      <div className="max-w-xl space-y-6">
        <SelectField
          {...v.field("countryOfBirth")}
          label="Country of birth"
          description="Where you were born, not your citizenship. It decides which Visa Bulletin queue you wait in (your “chargeability”), so mentors born in the same area know your wait."
          placeholder="Choose a country"
          options={countries}
        />
        <SelectField
          {...v.field("currentStatus")}
          label="Current status"
          description="The visa or status you hold today."
          placeholder="Choose your status"
          options={visaStatusCodes.map((code) => ({ value: code, label: visaStatuses[code] }))}
        />
      </div>
      <ChoiceGroup
        type="radio"
        name="stage"
        legend="Where are you in the journey?"
        legendClassName="text-base font-semibold"
        description="What helps most changes with each stage: your feed and your matches follow it. An I-140 is the petition itself; an RFE is a Request for Evidence from USCIS."
        options={stageCodes.map((code) => ({
          value: code,
          label: stages[code].label,
          hint: stages[code].plain,
        }))}
        defaultValue={v.text("stage")}
        errors={v.errors?.stage}
        layout="columns"
      />
    </div>
  );
}
