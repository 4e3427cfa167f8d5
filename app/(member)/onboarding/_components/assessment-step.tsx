"use client";

import { TextAreaField } from "@/components/forms/text-field";
import { criteriaFor, strengthLabels, strengthLevels } from "@/lib/domain/criteria";
import { pathwayCodes, pathways, type PathwayCode } from "@/lib/domain/pathways";
import { assessmentFieldName, NOTE_MAX_LENGTH } from "@/lib/profiles/schemas";
import { ChoiceGroup } from "@/components/forms/choice-group";
import type { StepValues } from "./step-values";

const strengthOptions = strengthLevels.map((s) => ({ value: s, label: strengthLabels[s] }));

export function AssessmentStep({
  v,
  chosenPathways,
}: {
  v: StepValues;
  chosenPathways: readonly PathwayCode[];
}) {
  const chosen = pathwayCodes.filter((p) => chosenPathways.includes(p));
  return (
    <div className="space-y-10">
      <div className="max-w-prose space-y-2 text-sm text-muted">
        <p>
          For each criterion, how much evidence could you show today? <strong>None yet</strong>:
          nothing to show. <strong>Some</strong>: a start, but thin. <strong>Strong</strong>: you
          could document it well now. A rough answer is fine; you can change it at any time.
        </p>
        <p>
          Your answers shape your matches: mentors strong where you are weak rank higher. Keep notes
          short, and never include a receipt number, A-number or passport number.
        </p>
      </div>
      {chosen.map((pathway) => (
        <PathwayAssessment key={pathway} pathway={pathway} v={v} />
      ))}
    </div>
  );
}

function PathwayAssessment({ pathway, v }: { pathway: PathwayCode; v: StepValues }) {
  const p = pathways[pathway];
  const list = criteriaFor(pathway);
  const headingId = `assess-${pathway}`;
  return (
    <section aria-labelledby={headingId} className="space-y-4">
      <div>
        <h3 id={headingId} className="text-lg font-semibold">
          {p.name}
        </h3>
        <p className="mt-1 text-sm text-muted">
          Not legal advice.{" "}
          <a
            className="text-accent underline underline-offset-2"
            href={p.officialUrl}
            rel="noopener noreferrer"
          >
            Read the official USCIS page<span className="sr-only"> for {p.short}</span>
          </a>
          .
        </p>
      </div>
      {list.length === 0 ? (
        <p className="rounded-card border border-border bg-surface-muted p-4 text-sm">
          {p.short} has no criteria list to rate: it rests on a qualifying managerial or executive
          role with the same company abroad and in the US. There is nothing to fill in here for it.
        </p>
      ) : (
        <ul className="space-y-4">
          {list.map((c) => (
            <li key={c.code} className="space-y-3 rounded-card border border-border p-4">
              <ChoiceGroup
                type="radio"
                name={assessmentFieldName(pathway, c.code, "strength")}
                legend={
                  <>
                    {c.name}
                    <span className="sr-only"> for {p.short}</span>
                  </>
                }
                legendClassName="font-semibold"
                description={c.plain}
                options={strengthOptions}
                defaultValue={v.text(assessmentFieldName(pathway, c.code, "strength"))}
                errors={v.errors?.[assessmentFieldName(pathway, c.code, "strength")]}
                layout="inline"
              />
              <TextAreaField
                name={assessmentFieldName(pathway, c.code, "note")}
                label={
                  <>
                    Note (optional)
                    <span className="sr-only">
                      {" "}
                      on {c.name} for {p.short}
                    </span>
                  </>
                }
                rows={2}
                // Thirteen notes on one page: two lines each, growing only if the person drags.
                style={{ minHeight: "4rem" }}
                maxLength={NOTE_MAX_LENGTH}
                defaultValue={v.text(assessmentFieldName(pathway, c.code, "note"))}
                errors={v.errors?.[assessmentFieldName(pathway, c.code, "note")]}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
