// Pure arithmetic behind the mentor statistics, tested without a database.

/** The median of the values (the mean of the middle two for an even count), or null when empty. */
export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Feedback is shown only once this many mentees have rated a mentor. */
export const FEEDBACK_MIN_COUNT = 3;
/** Response times count requests made within this many days. */
export const RESPONSE_WINDOW_DAYS = 90;

export interface FeedbackSummary {
  /** Rounded to one decimal. */
  average: number;
  count: number;
}

/** The shown summary, or null below FEEDBACK_MIN_COUNT ratings. */
export function toFeedbackSummary(
  average: number | string | null,
  count: number | string,
): FeedbackSummary | null {
  const n = Number(count);
  const avg = Number(average);
  if (!(n >= FEEDBACK_MIN_COUNT) || !Number.isFinite(avg)) return null;
  return { average: Math.round(avg * 10) / 10, count: n };
}

/** "Usually answers within N hours" as words: hours rounded up, at least 1; days past 48 hours. */
export function responseTimeText(hours: number | null): string | null {
  if (hours === null) return null;
  if (hours <= 48) {
    const h = Math.max(1, Math.ceil(hours));
    return `Usually answers within ${h} hour${h === 1 ? "" : "s"}`;
  }
  const d = Math.ceil(hours / 24);
  return `Usually answers within ${d} days`;
}

/** "Active today", "Active yesterday", "Active 3 days ago", "Active 2 months ago". */
export function lastActiveText(at: Date | null, now = new Date()): string | null {
  if (!at) return null;
  const days = Math.floor((now.getTime() - at.getTime()) / 86_400_000);
  if (days <= 0) return "Active today";
  if (days === 1) return "Active yesterday";
  if (days < 60) return `Active ${days} days ago`;
  return `Active ${Math.floor(days / 30)} months ago`;
}
