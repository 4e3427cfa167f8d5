// Pure helpers shared by the charts: scales, number and day formats, and the spoken summaries.

export interface ChartPoint {
  /** Text for the table and the summary ("Mar 1", "Week of Mar 1"). */
  label: string;
  /** Shorter text for the axis, when the label is long. */
  tick?: string;
  /** Null means "no data" (a gap), which is not the same as zero. */
  value: number | null;
}

const dayFormat = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  timeZone: "UTC",
});

/** "2026-03-01" reads as "Mar 1". */
export function formatDay(isoDay: string): string {
  return dayFormat.format(new Date(`${isoDay}T00:00:00Z`));
}

const numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A round top for the scale, so the half-way line lands on a readable number. */
export function niceMax(max: number, integer: boolean): number {
  if (!(max > 0)) return 1;
  if (integer && max <= 10) return max <= 1 ? 1 : Math.ceil(max / 2) * 2;
  const pow = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 5, 10]) if (m * pow >= max) return m * pow;
  return 10 * pow;
}

export function valuesOf(points: readonly ChartPoint[]): number[] {
  return points.flatMap((p) => (p.value === null ? [] : [p.value]));
}

/** True when there is nothing to draw: no points, or every value zero or missing. */
export function isEmptySeries(points: readonly ChartPoint[]): boolean {
  return valuesOf(points).every((v) => v === 0);
}

function highest(points: readonly ChartPoint[]): ChartPoint | undefined {
  let best: ChartPoint | undefined;
  for (const p of points) if (p.value !== null && (!best || p.value > (best.value ?? 0))) best = p;
  return best;
}

/**
 * What a screen reader hears instead of the picture. "sum" is for counts per bucket (a total and
 * the busiest bucket); "level" is for a quantity measured at each point (start, end, highest).
 */
export function summarizeSeries(
  title: string,
  points: readonly ChartPoint[],
  aggregate: "sum" | "level",
  format: (n: number) => string = formatNumber,
): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `${title}: no data.`;
  const span = `${first.label} to ${last.label}`;
  const top = highest(points);
  if (aggregate === "sum") {
    const total = valuesOf(points).reduce((a, b) => a + b, 0);
    const peak = top && top.value ? `; highest ${format(top.value)} on ${top.label}` : "";
    return `${title}, ${span}: ${format(total)} in total${peak}.`;
  }
  const known = points.filter((p) => p.value !== null);
  const start = known[0];
  const end = known.at(-1);
  if (!start || !end || !top) return `${title}, ${span}: no data.`;
  return `${title}, ${span}: ${format(start.value ?? 0)} on ${start.label}, ${format(end.value ?? 0)} on ${end.label}; highest ${format(top.value ?? 0)} on ${top.label}.`;
}

/** "Title, 6 in all: Spam 3, Harassment 2, Off-topic 1. None for the other 4." */
export function summarizeCategories(
  title: string,
  items: readonly { label: string; value: number }[],
  format: (n: number) => string = formatNumber,
): string {
  const nonZero = items.filter((i) => i.value > 0);
  const total = nonZero.reduce((a, i) => a + i.value, 0);
  const rest = items.length - nonZero.length;
  const listed = nonZero.map((i) => `${i.label} ${format(i.value)}`).join(", ");
  return `${title}, ${format(total)} in all: ${listed}.${rest > 0 ? ` None for the other ${rest}.` : ""}`;
}

/** A duration in hours as a person would say it: "45 min", "5.5 h", "3 days". */
export function formatHours(hours: number): string {
  if (hours < 1) return `${Math.max(1, Math.round(hours * 60))} min`;
  if (hours < 48) return `${formatNumber(hours)} h`;
  const days = hours / 24;
  return `${days < 10 ? formatNumber(days) : Math.round(days)} days`;
}
