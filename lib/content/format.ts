// Small formatting shared by the content pages (pure).
import { timeAgo } from "@/lib/community/format";

export function contentHref(item: { id: string; slug: string }): string {
  return `/library/${item.id}/${item.slug}`;
}

const day = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

/** "Nov 3, 2026": dates of publication and closing are shown as days, in UTC. */
export function dayText(date: Date | string): string {
  return day.format(typeof date === "string" ? new Date(`${date}T00:00:00Z`) : date);
}

/** An opportunity's closing line: "Closes Dec 1, 2026", "Closes today", "Closed Nov 2, 2026". */
export function closingText(closesOn: string, now: Date): string {
  const today = now.toISOString().slice(0, 10);
  if (closesOn === today) return "Closes today";
  return closesOn < today ? `Closed ${dayText(closesOn)}` : `Closes ${dayText(closesOn)}`;
}

/** "Published 3 days ago" or "Updated 2 days ago" (whichever is later). */
export function freshnessText(
  item: { publishedAt: Date | null; revisedAt: Date | null },
  now: Date,
): string | null {
  if (item.revisedAt) return `Updated ${timeAgo(item.revisedAt, now)}`;
  return item.publishedAt ? `Published ${timeAgo(item.publishedAt, now)}` : null;
}
