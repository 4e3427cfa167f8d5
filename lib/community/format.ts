// Small formatting shared by the community pages.

/** A thread's address, or one post's place in it. */
export function threadHref(thread: { id: string; slug: string }, postId?: string): string {
  return `/community/${thread.id}/${thread.slug}${postId ? `#post-${postId}` : ""}`;
}

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ["year", 365 * 86_400],
  ["month", 30 * 86_400],
  ["week", 7 * 86_400],
  ["day", 86_400],
  ["hour", 3_600],
  ["minute", 60],
];
const relative = new Intl.RelativeTimeFormat("en-US", { numeric: "auto" });

/** "3 days ago", "yesterday", "just now": server-rendered, so it never differs on hydration. */
export function timeAgo(date: Date, now: Date): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return "just now";
}

const dateTime = new Intl.DateTimeFormat("en-US", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});

export function fullDate(date: Date): string {
  return `${dateTime.format(date)} UTC`;
}
