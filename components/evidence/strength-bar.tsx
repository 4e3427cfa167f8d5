import type { Strength } from "@/lib/domain/criteria";
import { strengthLabels } from "@/lib/domain/criteria";
import { cn } from "@/components/ui/cn";

// Length, fill pattern and a word each tell the level, so colour is never the only signal.
const fills: Record<Strength, { width: string; className: string }> = {
  strong: { width: "100%", className: "bg-accent" },
  some: {
    width: "55%",
    className:
      "border border-accent bg-[repeating-linear-gradient(135deg,var(--accent)_0_3px,transparent_3px_7px)]",
  },
  none: { width: "12%", className: "border border-dashed border-border-strong bg-surface-muted" },
};

export function strengthText(strength: Strength | null): string {
  return strength ? strengthLabels[strength] : "Not rated";
}

/** One criterion's bar: decorative, beside the level in words. */
export function StrengthBar({ strength }: { strength: Strength | null }) {
  const fill = strength ? fills[strength] : null;
  return (
    <span className="flex min-w-0 items-center gap-3">
      <span
        aria-hidden="true"
        className="relative h-3.5 flex-1 overflow-hidden rounded-full bg-surface-muted ring-1 ring-border ring-inset"
      >
        {fill ? (
          <span
            className={cn("absolute inset-y-0 left-0 rounded-full", fill.className)}
            style={{ width: fill.width }}
          />
        ) : null}
      </span>
      <span className={cn("w-20 shrink-0 text-sm", strength ? "font-medium" : "text-muted italic")}>
        {strengthText(strength)}
      </span>
    </span>
  );
}
