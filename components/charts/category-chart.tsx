// A horizontal bar chart of counts by category: each label in HTML above its bar, so long labels
// wrap at 360 px instead of shrinking with the picture.
import { ChartFrame } from "./chart-frame";
import { formatNumber, summarizeCategories } from "./format";

export interface CategoryChartProps {
  title: string;
  description?: string;
  items: { label: string; value: number }[];
  categoryLabel: string;
  valueLabel: string;
  formatValue?: (n: number) => string;
  summary?: string;
  emptyText: string;
  className?: string;
}

export function CategoryChart({
  title,
  description,
  items,
  categoryLabel,
  valueLabel,
  formatValue = formatNumber,
  summary,
  emptyText,
  className,
}: CategoryChartProps) {
  const max = Math.max(0, ...items.map((i) => i.value));
  return (
    <ChartFrame
      title={title}
      description={description}
      className={className}
      empty={max > 0 ? undefined : emptyText}
      table={{
        headers: [categoryLabel, valueLabel],
        rows: items.map((i) => ({ label: i.label, value: formatValue(i.value) })),
      }}
    >
      <div role="img" aria-label={summary ?? summarizeCategories(title, items, formatValue)}>
        <ul className="space-y-2.5">
          {items.map((item) => (
            <li key={item.label}>
              <div className="flex items-baseline justify-between gap-3 text-sm">
                <span className="min-w-0 text-fg">{item.label}</span>
                <span className="font-medium text-fg tabular-nums">{formatValue(item.value)}</span>
              </div>
              <svg
                viewBox="0 0 100 4"
                preserveAspectRatio="none"
                className="mt-1 block h-2 w-full overflow-hidden rounded-full"
                focusable="false"
              >
                <rect width={100} height={4} className="text-surface-muted" fill="currentColor" />
                {item.value > 0 ? (
                  <rect
                    width={Math.max(1, (item.value / max) * 100)}
                    height={4}
                    className="text-accent"
                    fill="currentColor"
                  />
                ) : null}
              </svg>
            </li>
          ))}
        </ul>
      </div>
    </ChartFrame>
  );
}
