// Time zones for a select: grouped by region, with the current UTC offset, from the server's list.
import { timeZones, utcOffsetHours } from "@/lib/domain/countries";
import type { OptionGroup } from "./goals-step";

function offsetLabel(hours: number): string {
  const sign = hours < 0 ? "−" : "+";
  const abs = Math.abs(hours);
  const h = Math.floor(abs);
  const m = Math.round((abs - h) * 60);
  return `UTC${sign}${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

export function timeZoneGroups(at = new Date()): OptionGroup[] {
  const groups = new Map<string, OptionGroup>();
  for (const zone of [...new Set([...timeZones, "UTC"])]) {
    const [region, ...rest] = zone.split("/");
    const groupLabel = rest.length > 0 ? region!.replace(/_/g, " ") : "Other";
    const place = (rest.length > 0 ? rest.join(" / ") : zone).replace(/_/g, " ");
    const group = groups.get(groupLabel) ?? { label: groupLabel, options: [] };
    group.options.push({
      value: zone,
      label: `${place} (${offsetLabel(utcOffsetHours(zone, at))})`,
    });
    groups.set(groupLabel, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, options: g.options.sort((a, b) => (a.label < b.label ? -1 : 1)) }))
    .sort((a, b) => (a.label < b.label ? -1 : 1));
}
