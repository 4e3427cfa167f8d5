import type { ComponentProps, ReactNode } from "react";
import { Checkbox } from "@/components/ui/checkbox";

/** A checkbox named by its label alone, with a hint that describes it. */
export function HintedCheckbox({
  id,
  label,
  hint,
  ...props
}: { id: string; label: ReactNode; hint: ReactNode } & Omit<
  ComponentProps<typeof Checkbox>,
  "id" | "aria-describedby"
>) {
  return (
    <div className="flex items-start gap-2 text-sm">
      <Checkbox id={id} aria-describedby={`${id}-hint`} className="mt-0.5" {...props} />
      <div>
        <label htmlFor={id}>{label}</label>
        <p id={`${id}-hint`} className="text-muted">
          {hint}
        </p>
      </div>
    </div>
  );
}
