"use client";

import { ActionForm } from "@/components/forms/action-form";
import { TextAreaField, TextField } from "@/components/forms/text-field";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { SelectField } from "@/components/forms/select-field";
import { schemaCheck } from "@/components/forms/schema-check";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { fieldCodes, fields, visibilityLabels, visibilityLevels } from "@/lib/domain/case-facts";
import { countryOptions, timeZones } from "@/lib/domain/countries";
import {
  BIO_MAX,
  CAPACITY_MAX,
  mentorProfileSchema,
  TOPIC_MAX_LENGTH,
  TOPICS_MAX,
} from "@/lib/mentors/schemas";
import { saveMentorProfileAction } from "../actions";
import { LanguagePicker } from "./language-picker";

export interface MentorProfileDefaults {
  bio: string;
  field: string;
  topics: string[];
  languages: string[];
  timezone: string;
  countryOfBirth: string;
  countryVisibility: string;
  caseDetailsVisibility: string;
  capacity: number;
  accepting: boolean;
}

/** The zone list, plus the saved zone if it is an alias the list lacks (e.g. Asia/Kolkata). */
function zonesWith(saved: string): string[] {
  return !saved || timeZones.includes(saved) ? timeZones : [saved, ...timeZones];
}

const visibilityOptions = visibilityLevels.map((v) => ({ value: v, label: visibilityLabels[v] }));

export function MentorProfileForm({ defaults }: { defaults: MentorProfileDefaults }) {
  const form = useFormAction(saveMentorProfileAction, schemaCheck(mentorProfileSchema));
  const { errors, field, pending } = form;
  return (
    <ActionForm form={form} noValidate className="space-y-6" aria-label="Mentor profile">
      <TextAreaField
        {...field("bio", defaults.bio)}
        label="Bio"
        description="Your work, your path, and how you like to help. Anyone can read it, signed in or not."
        rows={6}
        maxLength={BIO_MAX}
      />
      <SelectField name="field" label="Field" defaultValue={defaults.field} errors={errors?.field}>
        <option value="">Choose your field</option>
        {fieldCodes.map((f) => (
          <option key={f} value={f}>
            {fields[f]}
          </option>
        ))}
      </SelectField>
      <TextField
        {...field("topics", defaults.topics.join(", "))}
        label="Topics you can help with"
        description={`Separated by commas, up to ${TOPICS_MAX}, each under ${TOPIC_MAX_LENGTH} characters: for example “peer review, recommendation letters, RFE response”.`}
        maxLength={TOPICS_MAX * (TOPIC_MAX_LENGTH + 2)}
      />
      <LanguagePicker initial={defaults.languages} errors={errors?.languages} />
      <SelectField
        {...field("timezone", defaults.timezone)}
        label="Time zone"
        description="So mentees know when you are likely to answer."
      >
        <option value="">Choose your time zone</option>
        {zonesWith(defaults.timezone).map((tz) => (
          <option key={tz} value={tz}>
            {tz.replace(/_/g, " ")}
          </option>
        ))}
      </SelectField>

      <div className="space-y-4 rounded-card border border-border p-4">
        <SelectField
          {...field("countryOfBirth", defaults.countryOfBirth)}
          label="Country of birth (optional)"
          description="Waiting times after approval depend on the country of birth (“chargeability”), so applicants born in the same country value your experience most."
          placeholder="Prefer not to say"
          options={countryOptions}
        />
        <ChoiceGroup
          type="radio"
          name="countryVisibility"
          legend="Who may see your country of birth"
          description="Members can only find you by country if they may see it."
          options={visibilityOptions}
          defaultValue={defaults.countryVisibility}
          errors={errors?.countryVisibility}
        />
        <ChoiceGroup
          type="radio"
          name="caseDetailsVisibility"
          legend="Who may see your case details"
          description="Filing and decision months, service centre, premium processing, attorney or not, and the RFE. The summary of each case (pathway, outcome, year) is always shown to members."
          options={visibilityOptions}
          defaultValue={defaults.caseDetailsVisibility}
          errors={errors?.caseDetailsVisibility}
        />
      </div>

      <div className="space-y-4 rounded-card border border-border p-4">
        <TextField
          {...field("capacity", String(defaults.capacity))}
          label="Mentees at a time"
          description={`How many people you can mentor at once, from 0 to ${CAPACITY_MAX}.`}
          type="number"
          inputMode="numeric"
          min={0}
          max={CAPACITY_MAX}
          className="sm:max-w-sm"
        />
        <CheckboxField
          id="mentor-accepting"
          name="accepting"
          defaultChecked={defaults.accepting}
          label="Accepting new mentees"
          hint="Turn this off to pause: you stay in the directory, marked as not accepting, and are not recommended."
        />
      </div>

      <Button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {pending ? "Saving…" : "Save mentor profile"}
      </Button>
    </ActionForm>
  );
}
