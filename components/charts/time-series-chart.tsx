// A bar or line chart of one series over time, as inline SVG that stretches to its box (so it fits
// 360 px); the axis text is HTML beside it so it stays readable at any width. Colours follow the
// theme through currentColor.
import { ChartFrame } from "./chart-frame";
import {
  formatNumber,
  isEmptySeries,
  niceMax,
  summarizeSeries,
  valuesOf,
  type ChartPoint,
} from "./format";

export interface TimeSeriesChartProps {
  kind: "bar" | "line";
  title: string;
  description?: string;
  points: ChartPoint[];
  /** Column headers of the hidden table: what a point is, and what its value is. */
  categoryLabel: string;
  valueLabel: string;
  /** "sum" for counts per bucket, "level" for a quantity measured at each point. */
  aggregate?: "sum" | "level";
  formatValue?: (n: number) => string;
  /** Overrides the generated summary that screen readers hear. */
  summary?: string;
  emptyText: string;
  className?: string;
}

const HEIGHT = 100;

export function TimeSeriesChart({
  kind,
  title,
  description,
  points,
  categoryLabel,
  valueLabel,
  aggregate = kind === "bar" ? "sum" : "level",
  formatValue = formatNumber,
  summary,
  emptyText,
  className,
}: TimeSeriesChartProps) {
  const values = valuesOf(points);
  const integer = values.every(Number.isInteger);
  const max = niceMax(Math.max(0, ...values), integer);
  const n = points.length;
  // Where each point sits across the chart, in per cent of its width.
  const xPercent = (i: number) =>
    kind === "bar" ? ((i + 0.5) / n) * 100 : n === 1 ? 50 : (i / (n - 1)) * 100;
  // Counts get no "0.5" line label: the half-way line stays, unlabelled.
  const yLabels = [max, max / 2, 0].map((v) =>
    integer && !Number.isInteger(v) ? "" : formatValue(v),
  );
  const ticks = n <= 2 ? [...points.keys()] : [0, Math.floor((n - 1) / 2), n - 1];
  return (
    <ChartFrame
      title={title}
      description={description}
      className={className}
      empty={isEmptySeries(points) ? emptyText : undefined}
      table={{
        headers: [categoryLabel, valueLabel],
        rows: points.map((p) => ({
          label: p.label,
          value: p.value === null ? "no data" : formatValue(p.value),
        })),
      }}
    >
      <div
        role="img"
        aria-label={summary ?? summarizeSeries(title, points, aggregate, formatValue)}
        className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2"
      >
        <div className="relative h-40 text-right text-xs leading-none text-muted tabular-nums">
          {/* Sizes the column to the widest label; the labels themselves sit on the grid lines. */}
          <span className="invisible block h-0 overflow-hidden">
            {yLabels.reduce((a, b) => (b.length > a.length ? b : a), "")}
          </span>
          {yLabels.map((text, i) => (
            <span
              key={i}
              className="absolute right-0 -translate-y-1/2"
              style={{ top: `${i * 50}%` }}
            >
              {text}
            </span>
          ))}
        </div>
        <svg
          viewBox={`0 0 ${kind === "bar" ? n * 10 : 1000} ${HEIGHT}`}
          preserveAspectRatio="none"
          className="h-40 w-full overflow-visible"
          focusable="false"
        >
          <g className="text-border" stroke="currentColor">
            {[0, HEIGHT / 2, HEIGHT].map((y) => (
              <line
                key={y}
                x1={0}
                x2={kind === "bar" ? n * 10 : 1000}
                y1={y}
                y2={y}
                vectorEffect="non-scaling-stroke"
              />
            ))}
          </g>
          {kind === "bar" ? (
            <Bars points={points} max={max} formatValue={formatValue} />
          ) : (
            <Line points={points} max={max} />
          )}
        </svg>
        <div aria-hidden="true" />
        <div className="relative mt-1 h-4 text-xs text-muted">
          {ticks.map((i, k) => (
            <span
              key={i}
              className="absolute whitespace-nowrap"
              style={
                k === 0
                  ? { left: 0 }
                  : k === ticks.length - 1
                    ? { right: 0 }
                    : { left: `${xPercent(i)}%`, transform: "translateX(-50%)" }
              }
            >
              {points[i]?.tick ?? points[i]?.label}
            </span>
          ))}
        </div>
      </div>
    </ChartFrame>
  );
}

function yOf(value: number, max: number): number {
  return HEIGHT - (value / max) * HEIGHT;
}

function Bars({
  points,
  max,
  formatValue,
}: {
  points: ChartPoint[];
  max: number;
  formatValue: (n: number) => string;
}) {
  return (
    <g className="text-accent" fill="currentColor">
      {points.map((p, i) => {
        if (p.value === null || p.value <= 0) return null;
        // A small value still shows as a sliver, so "one" never looks like "none".
        const h = Math.max(1.5, HEIGHT - yOf(p.value, max));
        return (
          <rect key={i} x={i * 10 + 1.5} width={7} y={HEIGHT - h} height={h}>
            <title>{`${p.label}: ${formatValue(p.value)}`}</title>
          </rect>
        );
      })}
    </g>
  );
}

function Line({ points, max }: { points: ChartPoint[]; max: number }) {
  const n = points.length;
  const x = (i: number) => (n === 1 ? 500 : (i / (n - 1)) * 1000);
  // A missing value breaks the line rather than drawing it down to zero.
  const segments: { x: number; y: number }[][] = [[]];
  points.forEach((p, i) => {
    if (p.value === null) {
      if (segments.at(-1)?.length) segments.push([]);
    } else segments.at(-1)?.push({ x: x(i), y: yOf(p.value, max) });
  });
  return (
    <g className="text-accent">
      {segments
        .filter((s) => s.length > 0)
        .map((s, k) => {
          const line = s.map((p) => `${p.x},${p.y}`).join(" ");
          const first = s[0]!;
          const last = s.at(-1)!;
          return (
            <g key={k}>
              <polygon
                points={`${first.x},${HEIGHT} ${line} ${last.x},${HEIGHT}`}
                fill="currentColor"
                fillOpacity={0.12}
              />
              <polyline
                points={
                  s.length === 1 ? `${first.x - 4},${first.y} ${first.x + 4},${first.y}` : line
                }
                fill="none"
                stroke="currentColor"
                strokeWidth={2}
                strokeLinejoin="round"
                strokeLinecap="round"
                vectorEffect="non-scaling-stroke"
              />
            </g>
          );
        })}
    </g>
  );
}
