// A select of a filter form (a GET form in a list page): its label above, a first choice that means
// "any", the current value chosen. No script: the form posts by itself.
import { cn } from "@/components/ui/cn";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { criterionOptions } from "@/lib/domain/criteria";
import { pathwayOptions } from "@/lib/domain/pathways";

export interface FilterOption {
  value: string;
  label: string;
}

export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  anyLabel = "Any",
  className,
  selectClassName,
}: {
  /** Unique on the page (two lists may both filter by pathway). */
  id: string;
  name: string;
  label: string;
  value: string | undefined | null;
  options: readonly FilterOption[];
  anyLabel?: string;
  className?: string;
  selectClassName?: string;
}) {
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} defaultValue={value ?? ""} className={selectClassName}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

type PresetProps = {
  value: string | undefined | null;
  id?: string;
  label?: string;
  selectClassName?: string;
};

/** A filter every list shares, with its name, label, choices and "any" fixed in one place. */
function presetFilter(
  name: string,
  defaultLabel: string,
  options: readonly FilterOption[],
  anyLabel: string,
) {
  return function PresetFilter({
    value,
    id = `filter-${name}`,
    label = defaultLabel,
    selectClassName,
  }: PresetProps) {
    return (
      <FilterSelect
        id={id}
        name={name}
        label={label}
        value={value}
        options={options}
        anyLabel={anyLabel}
        selectClassName={selectClassName}
      />
    );
  };
}

/** "Any pathway", then the pathways in their usual order. */
export const PathwayFilter = presetFilter("pathway", "Pathway", pathwayOptions, "Any pathway");
/** "Any criterion", then every criterion and prong by name. */
export const CriterionFilter = presetFilter(
  "criterion",
  "Criterion",
  criterionOptions,
  "Any criterion",
);
