"use client";

import { visibilityLabels, visibilityLevels, type Visibility } from "@/lib/domain/case-facts";
import { ChoiceGroup } from "@/components/forms/choice-group";
import type { StepValues } from "./step-values";

const hints: Record<Visibility, string> = {
  private: "The safest choice. Mentors you work with see it so they can help you.",
  members: "People signed in to Landed, including mentors you have not contacted yet.",
  public: "Anyone on the internet, even without an account.",
};

const options = visibilityLevels.map((level) => ({
  value: level,
  label: visibilityLabels[level],
  hint: hints[level],
}));

const questions = [
  { name: "countryVisibility", legend: "Who may see your country of birth?" },
  { name: "statusVisibility", legend: "Who may see your current visa status?" },
  { name: "stageVisibility", legend: "Who may see your stage in the journey?" },
  { name: "evidenceVisibility", legend: "Who may see your self-assessment and goals?" },
] as const;

export function PrivacyStep({ v }: { v: StepValues }) {
  return (
    <div className="space-y-8">
      <p className="max-w-prose text-sm text-muted">
        Your pathways, field, keywords, languages and time zone are shown to signed-in members, so
        mentors and peers can find common ground. The details below are yours to share or keep: each
        starts as “only me”, and admins can always see them to keep Landed safe.
      </p>
      {questions.map((q) => (
        <ChoiceGroup
          key={q.name}
          type="radio"
          name={q.name}
          legend={q.legend}
          legendClassName="text-base font-semibold"
          options={options}
          defaultValue={v.text(q.name) || "private"}
          errors={v.errors?.[q.name]}
        />
      ))}
    </div>
  );
}
